package org.safercommunities.referrals;

import java.util.List;

import org.safercommunities.reporting.ReferralsOfReport;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reporting's {@link ReferralsOfReport}, for the reporter's follow-up page: who, when, how far; no personal data. */
@Component
class ReporterReferrals implements ReferralsOfReport {

	private final ReferralRepository referrals;

	ReporterReferrals(ReferralRepository referrals) {
		this.referrals = referrals;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReferralOfReport> of(long reportId) {
		return referrals.findByReport(reportId).stream()
			.map(referral -> new ReferralOfReport(referral.getReceivingName(), referral.getSentOn(),
					referral.getStatus().name(), referral.isInTouch(), referral.isConsentWithdrawn()))
			.toList();
	}

}

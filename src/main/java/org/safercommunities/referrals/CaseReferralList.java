package org.safercommunities.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.safercommunities.cases.ReferralsOfCase;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.StaffActor;
import org.safercommunities.shared.UkTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases' {@link ReferralsOfCase}, for the case page: the referrals from the case that the signed-in person may open
 * by {@link ReferralAccess#VIEW} (the sender's officers and police, the receiver), with receiver, status and
 * deadline. No personal data, so nothing to audit.
 */
@Component
class CaseReferralList implements ReferralsOfCase {

	private final ReferralRepository referrals;

	private final Clock clock;

	CaseReferralList(ReferralRepository referrals, Clock clock) {
		this.referrals = referrals;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReferralOfCase> of(long caseId) {
		StaffActor actor = CurrentActor.require();
		LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
		return referrals.findByCaseIdOrderBySentAtDesc(caseId).stream()
			.filter(referral -> ReferralAccess.may(actor, ReferralAccess.VIEW, referral))
			.map(referral -> new ReferralOfCase(referral.getId(), referral.getReceivingName(), referral.getSentOn(),
					referral.getDueOn(), referral.getStatus().name(), referral.isOverdueOn(today)))
			.toList();
	}

}

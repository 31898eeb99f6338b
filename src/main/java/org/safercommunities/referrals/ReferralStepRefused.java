package org.safercommunities.referrals;

import org.safercommunities.referrals.ReferralCodes.Status;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A step taken out of order (accepting a declined referral, completing one never accepted): 409. */
@ResponseStatus(HttpStatus.CONFLICT)
class ReferralStepRefused extends RuntimeException {

	ReferralStepRefused(Long referralId, Status status) {
		super("Referral " + referralId + " is " + status);
	}

}

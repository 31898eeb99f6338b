package org.safercommunities.referrals;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class ReferralNotFound extends RuntimeException {

	ReferralNotFound(Object id) {
		super("No referral or case " + id);
	}

}

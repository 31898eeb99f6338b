package org.safercommunities.referrals;

/** The closed vocabularies of a referral. */
public final class ReferralCodes {

	private ReferralCodes() {
	}

	/**
	 * Why the referral may be made: the person's consent, or a legal gateway (section 115 of the Crime and Disorder
	 * Act 1998, a safeguarding duty) with the reason recorded.
	 */
	public enum Basis {

		CONSENT, SECTION_115, SAFEGUARDING;

		boolean isGateway() {
			return this != CONSENT;
		}

	}

	/** Where the referral is; "overdue" is not a status but a sent referral past its deadline. */
	public enum Status {

		SENT, ACCEPTED, DECLINED, CONTACT_MADE, COMPLETED;

		boolean isOpen() {
			return this == SENT || this == ACCEPTED || this == CONTACT_MADE;
		}

	}

	/** A consent decision about this referral. */
	public enum ConsentKind { GIVEN, REFUSED, WITHDRAWN }

}

package org.safercommunities.cases;

/** The fixed vocabularies of a case; each value's words are in {@code i18n/cases.properties}. */
public final class CaseCodes {

	private CaseCodes() {
	}

	public enum Status {

		OPEN, UNDER_REVIEW, CLOSED;

		public String messageKey() {
			return "cases.status." + name();
		}

	}

	/** How the case came to the partnership. */
	public enum Source {

		REPORT, PHONE, EMAIL, MEMBER_ENQUIRY, OFFICER;

		public String messageKey() {
			return "cases.source." + name();
		}

	}

	/** Why a case was closed (the outcome); the officer adds the reason in their own words. */
	public enum Outcome {

		RESOLVED, NO_FURTHER_ACTION, VICTIM_DISENGAGED, MOVED_AWAY, ENFORCEMENT_TAKEN, REFERRED_ON, OTHER;

		public String messageKey() {
			return "cases.outcome." + name();
		}

	}

	/** What a share lets the other organisation see: the whole case (read only) or only names and agencies. */
	public enum ShareLevel {

		WHOLE, LOCKED;

		public String messageKey() {
			return "cases.share-level." + name();
		}

	}

}

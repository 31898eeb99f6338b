package org.safercommunities.referrals;

/**
 * What a referral is made from: a case, a report (before or without a case), or a person on the people pages.
 * Each has its own address ({@code /staff/referrals/from-case/12}) and its own page to go back to.
 */
record ReferralOrigin(Kind kind, long id) {

	enum Kind {

		CASE("case", "/staff/cases/"), REPORT("report", "/staff/reports/"), PERSON("person", "/staff/people/");

		private final String segment;

		private final String pagePrefix;

		Kind(String segment, String pagePrefix) {
			this.segment = segment;
			this.pagePrefix = pagePrefix;
		}

	}

	static ReferralOrigin ofCase(long caseId) {
		return new ReferralOrigin(Kind.CASE, caseId);
	}

	static ReferralOrigin ofReport(long reportId) {
		return new ReferralOrigin(Kind.REPORT, reportId);
	}

	static ReferralOrigin ofPerson(long personId) {
		return new ReferralOrigin(Kind.PERSON, personId);
	}

	/** The referral form's address for this origin. */
	String formPath() {
		return "/staff/referrals/from-" + kind.segment + "/" + id;
	}

	/** The page the referral starts from, for the back link. */
	String originPage() {
		return kind.pagePrefix + id;
	}

}

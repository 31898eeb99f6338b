package org.safercommunities.cases;

/** What a timeline entry is about; more kinds are added as case work grows. */
public enum TimelineKind {

	OPENED, NOTE, STATUS, PARTY, LINK, SHARE, RISK, ACTION, REVIEW, VICTIMS_CODE, REFERRAL, DOCUMENT, OUTCOME, ENFORCEMENT;

	public String messageKey() {
		return "cases.timeline.kind." + name();
	}

}

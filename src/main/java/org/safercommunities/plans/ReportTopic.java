package org.safercommunities.plans;

/** The parts of the board pack and the annual report that modules' figures go in, in the order they appear. */
public enum ReportTopic {

	/** Cases logged by the Community Safety Team, by type. */
	CASES,

	/** Hate crime: reports, strands and the reporting centres. */
	HATE_CRIME,

	/** The Community Safety MARAC (Table 1). */
	MARAC,

	/** ASB Case Reviews (the Community Trigger). */
	CASE_REVIEWS,

	/** Tools and powers, fixed penalty notices. */
	ENFORCEMENT,

	/** Training, events and champions. */
	ENGAGEMENT,

	/** Victims' satisfaction and contact standards. */
	VICTIM_FEEDBACK;

	/** What the topic's records are, as a paper names them ("CS MARAC meetings"). */
	public String messageKey() {
		return "plans.paper.records." + name();
	}

}

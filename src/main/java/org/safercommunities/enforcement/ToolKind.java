package org.safercommunities.enforcement;

/** The ASB tools and powers recorded on a case (a fixed penalty notice is a {@link Penalty} of its own). */
public enum ToolKind {

	CPW, CPN, CPN_BREACH, PSPO_BREACH, CLOSURE_NOTICE, CLOSURE_ORDER, CIVIL_INJUNCTION, CRIMINAL_BEHAVIOUR_ORDER,
	ACCEPTABLE_BEHAVIOUR_CONTRACT, TENANCY_ACTION;

	public String messageKey() {
		return "enforcement.kind." + name();
	}

	boolean isBreach() {
		return this == CPN_BREACH || this == PSPO_BREACH;
	}

	/** Closures are served on premises; the rest on a person (a CPN may be served on either). */
	boolean onPremises() {
		return this == CLOSURE_NOTICE || this == CLOSURE_ORDER;
	}

	boolean isClosure() {
		return onPremises();
	}

}

package org.safercommunities.marac;

/** Why a case goes to the CS MARAC (seed 003 recommendation g: repeat victims and significant risk). */
enum Criterion {

	REPEAT_VICTIM, HIGH_RISK, VULNERABILITY, ESCALATION;

	public String messageKey() {
		return "marac.criterion." + name();
	}

}

package org.safercommunities.cases;

import org.springframework.util.StringUtils;

/**
 * The level of one assessment: the score's, unless a professional overrode it. An override (a level other than the
 * score's, with the officer's reason) always wins: the matrix informs the professional's judgement, it does not
 * replace it.
 *
 * @param override null when the score stands
 */
record RiskDecision(RiskScoring.Scored scored, Override override) {

	RiskLevel level() {
		return override == null ? scored.level() : override.level();
	}

	boolean overridden() {
		return override != null;
	}

	/** Whether the override moved the level up (else down). */
	boolean raised() {
		return override != null && override.level().isAbove(scored.level());
	}

	/**
	 * A professional override.
	 *
	 * @param byName the officer's display name, as shown with it
	 */
	record Override(RiskLevel level, String reason, String byName) {

		Override {
			if (level == null) {
				throw new IllegalArgumentException("An override needs a level");
			}
			if (!StringUtils.hasText(reason)) {
				throw new IllegalArgumentException("An override needs a reason");
			}
			reason = reason.strip();
		}

	}

	static RiskDecision of(RiskScoring.Scored scored, Override override) {
		if (override != null && override.level() == scored.level()) {
			return new RiskDecision(scored, null);
		}
		return new RiskDecision(scored, override);
	}

}

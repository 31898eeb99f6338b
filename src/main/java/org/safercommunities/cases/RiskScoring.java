package org.safercommunities.cases;

import java.util.Collection;

/**
 * Turns the answers of a risk assessment into a score and a level: each yes adds its question's weight; the level
 * is standard below {@link RiskSettings#mediumFrom()}, medium from it and high from {@link RiskSettings#highFrom()};
 * a yes to a critical question (fear for safety, violence or threats) makes it at least medium. Pure.
 */
final class RiskScoring {

	private RiskScoring() {
	}

	static Scored score(Collection<RiskQuestion> yes, RiskSettings settings) {
		int score = yes.stream().distinct().mapToInt(RiskQuestion::weight).sum();
		RiskLevel byScore = score >= settings.highFrom() ? RiskLevel.HIGH
				: score >= settings.mediumFrom() ? RiskLevel.MEDIUM : RiskLevel.STANDARD;
		boolean critical = yes.stream().anyMatch(RiskQuestion::critical);
		RiskLevel level = critical ? RiskLevel.atLeast(byScore, RiskLevel.MEDIUM) : byScore;
		return new Scored(score, level, level != byScore);
	}

	/**
	 * What the answers give.
	 *
	 * @param raisedByCritical whether a critical answer lifted the level above what the score alone gives
	 */
	record Scored(int score, RiskLevel level, boolean raisedByCritical) {
	}

}

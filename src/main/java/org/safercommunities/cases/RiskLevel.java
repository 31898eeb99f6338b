package org.safercommunities.cases;

import java.util.Arrays;
import java.util.Optional;

/**
 * A case's risk to the victim, lowest first. Words: {@code cases.risk.level.<name>}; on pages as a GOV.UK tag
 * (high red, medium orange, standard grey).
 */
public enum RiskLevel {

	STANDARD("govuk-tag--grey"), MEDIUM("govuk-tag--orange"), HIGH("govuk-tag--red");

	private final String tagClass;

	RiskLevel(String tagClass) {
		this.tagClass = tagClass;
	}

	public String tagClass() {
		return tagClass;
	}

	public String messageKey() {
		return "cases.risk.level." + name().toLowerCase(java.util.Locale.ROOT);
	}

	boolean isAbove(RiskLevel other) {
		return compareTo(other) > 0;
	}

	static RiskLevel atLeast(RiskLevel level, RiskLevel floor) {
		return level.compareTo(floor) >= 0 ? level : floor;
	}

	static Optional<RiskLevel> of(String name) {
		return Arrays.stream(values()).filter(level -> level.name().equals(name)).findFirst();
	}

}

package org.safercommunities.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The yes/no questions of the victim risk assessment, in the style of the ASB victim risk assessment matrix the
 * Home Office and ASB Help publish (harm, vulnerability, repeat, impact). Each "yes" scores its weight: 1, or 2 for
 * the questions the matrix treats as most telling of harm (fear for safety, violence or threats, hate, a child or an
 * adult at risk). A yes to a {@linkplain #critical() critical} question makes the case at least medium risk
 * whatever the total (see {@link RiskScoring}). Words: {@code cases.risk.question.<code>}.
 */
public enum RiskQuestion {

	FEAR_FOR_SAFETY(Group.HARM, 2, true),
	VIOLENCE_OR_THREATS(Group.HARM, 2, true),
	PROPERTY_DAMAGED(Group.HARM, 1, false),
	HATE_MOTIVATED(Group.HARM, 2, false),
	DISABILITY_OR_ILLNESS(Group.VULNERABILITY, 1, false),
	CHILD_OR_ADULT_AT_RISK(Group.VULNERABILITY, 2, false),
	ISOLATED(Group.VULNERABILITY, 1, false),
	CHILDREN_AFFECTED(Group.VULNERABILITY, 1, false),
	TARGETED_BEFORE(Group.REPEAT, 1, false),
	GETTING_WORSE(Group.REPEAT, 1, false),
	HAPPENS_OFTEN(Group.REPEAT, 1, false),
	PERPETRATOR_NEARBY(Group.REPEAT, 1, false),
	HEALTH_OR_ROUTINE_AFFECTED(Group.IMPACT, 1, false),
	CONSIDERED_MOVING(Group.IMPACT, 1, false);

	/** How the questions are grouped on the page. Words: {@code cases.risk.group.<name>}. */
	enum Group {

		HARM, VULNERABILITY, REPEAT, IMPACT;

		public List<RiskQuestion> questions() {
			return Arrays.stream(RiskQuestion.values()).filter(question -> question.group == this).toList();
		}

		public String messageKey() {
			return "cases.risk.group." + name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	private final Group group;

	private final int weight;

	private final boolean critical;

	RiskQuestion(Group group, int weight, boolean critical) {
		this.group = group;
		this.weight = weight;
		this.critical = critical;
	}

	Group group() {
		return group;
	}

	int weight() {
		return weight;
	}

	boolean critical() {
		return critical;
	}

	/** The form field and message suffix: {@code fearForSafety}. */
	public String field() {
		StringBuilder field = new StringBuilder();
		for (String part : name().toLowerCase(java.util.Locale.ROOT).split("_")) {
			field.append(field.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
		}
		return field.toString();
	}

	public String messageKey() {
		return "cases.risk.question." + field();
	}

	static Optional<RiskQuestion> of(String name) {
		return Arrays.stream(values()).filter(question -> question.name().equals(name)).findFirst();
	}

	/** The highest score possible: every answer yes. */
	static int maximumScore() {
		return Arrays.stream(values()).mapToInt(RiskQuestion::weight).sum();
	}

}

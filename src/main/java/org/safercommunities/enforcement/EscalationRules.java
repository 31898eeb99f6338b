package org.safercommunities.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;


/**
 * The escalation chain warning, notice, breach, penalty or prosecution (seed 001 case studies), checked against
 * what is already on the case: a Community Protection Notice needs an earlier warning to the same recipient or a
 * recorded reason (a withdrawn warning does not count); a breach of a notice names a notice still standing; a PSPO breach names its condition; closures stay within
 * the configured limits. Plain code, so each rule is tested on its own.
 */
final class EscalationRules {

	/** The offence code of a breach of a Community Protection Notice (Table 2). */
	static final String CPN_BREACH_OFFENCE = "CST08";

	/** The offence code of a breach of a PSPO (Table 2). */
	static final String PSPO_BREACH_OFFENCE = "CST09";

	private EscalationRules() {
	}

	/** Refuses a tool the chain does not allow, given the tools already on the case. */
	static void checkTool(ToolKind kind, Long personId, String premises, LocalDate issuedOn, String noWarningReason,
			Long breachOfId, Long pspoConditionId, Integer duration, boolean extended, List<Tool> onCase,
			ClosureLimits limits) {
		switch (kind) {
			case CPN -> {
				boolean warned = onCase.stream()
					.anyMatch(tool -> tool.kind() == ToolKind.CPW && !tool.withdrawn() && tool.sameRecipientAs(personId, premises)
							&& !tool.issuedOn().isAfter(issuedOn));
				if (!warned && blank(noWarningReason)) {
					throw new EnforcementRuleBroken("noWarningReason", "enforcement.error.no-warning");
				}
			}
			case CPN_BREACH -> breachedNotice(breachOfId, personId, premises, onCase, "breachOf");
			case PSPO_BREACH -> {
				if (pspoConditionId == null) {
					throw new EnforcementRuleBroken("pspoCondition", "enforcement.error.pspo-condition");
				}
			}
			case CLOSURE_NOTICE -> withinLimit(duration, extended, limits.noticeHours(), limits.noticeExtendedHours(),
					"enforcement.error.notice-hours");
			case CLOSURE_ORDER -> withinLimit(duration, extended, limits.orderMonths(), limits.orderExtendedMonths(),
					"enforcement.error.order-months");
			default -> {
			}
		}
	}

	/** A penalty for breach of a notice names that notice; one for breach of a PSPO names the condition. */
	static void checkPenalty(String offenceCode, long personId, Long breachOfId, Long pspoConditionId,
			List<Tool> onCase) {
		if (CPN_BREACH_OFFENCE.equals(offenceCode)) {
			breachedNotice(breachOfId, personId, null, onCase, "breachOf");
		}
		if (PSPO_BREACH_OFFENCE.equals(offenceCode) && pspoConditionId == null) {
			throw new EnforcementRuleBroken("pspoCondition", "enforcement.error.pspo-condition");
		}
	}

	/** The day a closure ends, from the day served: a notice's hours (whole days, rounded up), an order's months. */
	static LocalDate inForceUntil(ToolKind kind, LocalDate issuedOn, Integer duration) {
		if (duration == null) {
			return null;
		}
		return switch (kind) {
			case CLOSURE_NOTICE -> issuedOn.plusDays((duration + 23) / 24);
			case CLOSURE_ORDER -> issuedOn.plusMonths(duration);
			default -> null;
		};
	}

	/**
	 * What to do next once {@code tool} is on record: after a warning, a notice if it is not complied with; after a
	 * breach, the penalty for it (or prosecution); after a closure notice, the order.
	 */
	static List<NextStep> nextSteps(Tool tool) {
		return switch (tool.kind()) {
			case CPW -> List.of(NextStep.CPN);
			case CPN -> List.of(NextStep.RECORD_BREACH);
			case CPN_BREACH -> List.of(NextStep.PENALTY, NextStep.PROSECUTION, NextStep.CLOSURE_OR_CBO);
			case PSPO_BREACH -> List.of(NextStep.PENALTY, NextStep.PROSECUTION);
			case CLOSURE_NOTICE -> List.of(NextStep.CLOSURE_ORDER);
			default -> List.of();
		};
	}

	/** The offence a penalty for {@code breach} is issued under, and what it links to. */
	static Optional<String> offenceFor(Tool breach) {
		return switch (breach.kind()) {
			case CPN_BREACH -> Optional.of(CPN_BREACH_OFFENCE);
			case PSPO_BREACH -> Optional.of(PSPO_BREACH_OFFENCE);
			default -> Optional.empty();
		};
	}

	private static void breachedNotice(Long breachOfId, Long personId, String premises, List<Tool> onCase,
			String field) {
		boolean known = breachOfId != null && onCase.stream()
			.anyMatch(tool -> tool.id() == breachOfId && tool.kind() == ToolKind.CPN && !tool.withdrawn()
					&& tool.sameRecipientAs(personId, premises));
		if (!known) {
			throw new EnforcementRuleBroken(field, "enforcement.error.breach-of");
		}
	}

	private static void withinLimit(Integer duration, boolean extended, int limit, int extendedLimit, String key) {
		int allowed = extended ? extendedLimit : limit;
		if (duration == null || duration < 1 || duration > allowed) {
			throw new EnforcementRuleBroken("duration", key, allowed);
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** A step the register suggests next. */
	enum NextStep {

		CPN, RECORD_BREACH, PENALTY, PROSECUTION, CLOSURE_OR_CBO, CLOSURE_ORDER;

		public String messageKey() {
			return "enforcement.next." + name();
		}

	}

}

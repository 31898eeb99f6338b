package org.safercommunities.enforcement;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The register's plain rules: percentages that add up, tariffs by offence and period, the chain's checks. */
class EnforcementRulesTests {

	private static final LocalDate DAY = LocalDate.of(2023, 3, 1);

	private static final ClosureLimits LIMITS = new ClosureLimits(24, 48, 3, 6);

	@Test
	void largestRemainderPercentagesAlwaysAddUpTo100() {
		Map<String, Long> thirds = new LinkedHashMap<>();
		thirds.put("A", 1L);
		thirds.put("B", 1L);
		thirds.put("C", 1L);
		assertThat(LargestRemainder.percentages(thirds)).containsExactly(Map.entry("A", 34), Map.entry("B", 33),
				Map.entry("C", 33));
		Map<String, Long> uneven = new LinkedHashMap<>();
		uneven.put("A", 7L);
		uneven.put("B", 0L);
		uneven.put("C", 5L);
		uneven.put("D", 1L);
		assertThat(LargestRemainder.percentages(uneven).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
		assertThat(LargestRemainder.percentages(uneven)).containsEntry("B", 0);
		assertThat(LargestRemainder.percentages(Map.of("A", 0L))).containsEntry("A", 0);
	}

	@Test
	void aTariffIsChosenByOffenceAndByTheDayOfIssue() {
		List<Tariff> tariffs = List.of(new Tariff(null, null, LocalDate.of(2023, 12, 31), 10000, 30, 14, 28),
				new Tariff(null, LocalDate.of(2024, 1, 1), null, 15000, 30, 14, 28),
				new Tariff("CST01", LocalDate.of(2023, 1, 1), null, 7500, 20, 10, 14));
		PenaltyPricing.Price barnet = PenaltyPricing.price(tariffs, "CST13", DAY);
		assertThat(barnet).isEqualTo(new PenaltyPricing.Price(10000, 7000, DAY.plusDays(14), DAY.plusDays(28)));
		assertThat(PenaltyPricing.price(tariffs, "CST13", LocalDate.of(2024, 1, 1)).amountPence())
			.as("a new maximum from its date").isEqualTo(15000);
		assertThat(PenaltyPricing.price(tariffs, "CST01", DAY))
			.as("the offence's own: £75 within 10 days")
			.isEqualTo(new PenaltyPricing.Price(7500, 6000, DAY.plusDays(10), DAY.plusDays(14)));
		assertThatThrownBy(() -> PenaltyPricing.price(List.of(tariffs.get(1)), "CST13", DAY))
			.isInstanceOf(EnforcementRuleBroken.class).hasMessage("enforcement.error.no-tariff");
	}

	@Test
	void paymentOnTheLastEarlyDayIsEarlyAndTheDayAfterOwesTheWhole() {
		Penalty penalty = new Penalty(1, 1, 1, "CST01", 9, DAY, "Officer", 10000, 7000, DAY.plusDays(14),
				DAY.plusDays(28), PaymentStatus.UNPAID, null, null, null, null, null);
		assertThat(PenaltyPricing.settles(penalty, DAY.plusDays(14), 7000)).isEqualTo(PaymentStatus.PAID_EARLY);
		assertThatThrownBy(() -> PenaltyPricing.settles(penalty, DAY.plusDays(15), 7000))
			.isInstanceOf(EnforcementRuleBroken.class).hasMessage("enforcement.error.paid-too-little");
		assertThat(PenaltyPricing.settles(penalty, DAY.plusDays(15), 10000)).isEqualTo(PaymentStatus.PAID);
	}

	@Test
	void aNoticeNeedsAnEarlierWarningToTheSameRecipientOrAReason() {
		Tool warning = tool(1, ToolKind.CPW, 9L, DAY);
		assertThatThrownBy(() -> EscalationRules.checkTool(ToolKind.CPN, 9L, null, DAY, null, null, null, null, false,
				List.of(), LIMITS)).hasMessage("enforcement.error.no-warning");
		assertThatThrownBy(() -> EscalationRules.checkTool(ToolKind.CPN, 8L, null, DAY, null, null, null, null, false,
				List.of(warning), LIMITS)).as("warned someone else").hasMessage("enforcement.error.no-warning");
		assertThatThrownBy(() -> EscalationRules.checkTool(ToolKind.CPN, 9L, null, DAY.minusDays(1), null, null, null, null,
				false, List.of(warning), LIMITS)).as("warned after").hasMessage("enforcement.error.no-warning");
		EscalationRules.checkTool(ToolKind.CPN, 9L, null, DAY, null, null, null, null, false, List.of(warning), LIMITS);
		EscalationRules.checkTool(ToolKind.CPN, 8L, null, DAY, "Immediate danger", null, null, null, false, List.of(),
				LIMITS);
		assertThatThrownBy(() -> EscalationRules.checkPenalty("CST08", 9L, 1L, null, List.of(warning)))
			.as("a warning is not a notice").hasMessage("enforcement.error.breach-of");
		EscalationRules.checkPenalty("CST08", 9L, 2L, null, List.of(warning, tool(2, ToolKind.CPN, 9L, DAY)));
		assertThat(EscalationRules.nextSteps(tool(3, ToolKind.CPN_BREACH, 9L, DAY)))
			.startsWith(EscalationRules.NextStep.PENALTY);
	}

	@Test
	void aWithdrawnWarningDoesNotCountForANoticeNorAWithdrawnNoticeForABreach() {
		Tool withdrawn = new Tool(1, 1, 1, ToolKind.CPW, 9L, null, DAY.minusDays(10), "Officer", "Stop", null, null, null,
				null, null, false, null, "Served on the wrong neighbour");
		assertThatThrownBy(() -> EscalationRules.checkTool(ToolKind.CPN, 9L, null, DAY, null, null, null, null, false,
				List.of(withdrawn), LIMITS)).hasMessage("enforcement.error.no-warning");
		Tool withdrawnNotice = new Tool(2, 1, 1, ToolKind.CPN, 9L, null, DAY, "Officer", "Stop", null, null, null, null,
				null, false, null, "Quashed on appeal");
		assertThatThrownBy(() -> EscalationRules.checkPenalty("CST08", 9L, 2L, null, List.of(withdrawnNotice)))
			.hasMessage("enforcement.error.breach-of");
	}

	@Test
	void closureLimitsAreTheRulesGiven() {
		assertThatThrownBy(() -> EscalationRules.checkTool(ToolKind.CLOSURE_NOTICE, null, "Flat 1", DAY, null, null, null,
				25, false, List.of(), LIMITS)).hasMessage("enforcement.error.notice-hours");
		EscalationRules.checkTool(ToolKind.CLOSURE_NOTICE, null, "Flat 1", DAY, null, null, null, 25, true, List.of(),
				LIMITS);
		EscalationRules.checkTool(ToolKind.CLOSURE_ORDER, null, "Flat 1", DAY, null, null, null, 6, true, List.of(), LIMITS);
		assertThatThrownBy(() -> EscalationRules.checkTool(ToolKind.CLOSURE_ORDER, null, "Flat 1", DAY, null, null, null,
				4, false, List.of(), LIMITS)).hasMessage("enforcement.error.order-months");
		EscalationRules.checkTool(ToolKind.CLOSURE_ORDER, null, "Flat 1", DAY, null, null, null, 4, false, List.of(),
				new ClosureLimits(24, 48, 4, 8));
	}

	private static Tool tool(long id, ToolKind kind, Long personId, LocalDate on) {
		return new Tool(id, 1, 1, kind, personId, null, on, "Officer", null, null, null, null, null, null, false, null, null);
	}

}

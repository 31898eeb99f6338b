package org.safercommunities.casereview;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safercommunities.casereview.ThresholdTest.AtLocation;
import org.safercommunities.casereview.ThresholdTest.Incident;
import org.safercommunities.casereview.ThresholdTest.Rule;
import org.safercommunities.casereview.ThresholdTest.RuleResult;
import org.safercommunities.casereview.ThresholdTest.Subject;

import static org.assertj.core.api.Assertions.assertThat;

/** The working-day arithmetic and each threshold rule, on their own. */
class WorkingDaysAndThresholdTests {

	private static final Set<LocalDate> CHRISTMAS_2026 = Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28),
			LocalDate.of(2027, 1, 1));

	@Test
	void deadlinesSkipWeekendsAndBankHolidays() {
		LocalDate thursday = LocalDate.of(2026, 12, 24);

		// 29, 30, 31 December, then 4 and 5 January: 25 and 28 December and 1 January are bank holidays.
		assertThat(WorkingDays.after(thursday, 5, CHRISTMAS_2026)).isEqualTo(LocalDate.of(2027, 1, 5));
		assertThat(WorkingDays.after(thursday, 10, CHRISTMAS_2026)).isEqualTo(LocalDate.of(2027, 1, 12));
		assertThat(WorkingDays.after(thursday, 5, Set.of())).as("without the holidays").isEqualTo(LocalDate.of(2026, 12, 31));
	}

	@Test
	void threeReportsEachWithinAMonthOfTheIncidentMeetTheDefault() {
		LocalDate received = LocalDate.of(2026, 6, 1);
		List<Incident> three = List.of(incident("2026-01-10", "2026-01-12"), incident("2026-03-01", "2026-03-20"),
				incident("2026-05-01", "2026-05-02"));

		RuleResult met = only(ThresholdTest.test(subject(received, false, three), CaseReviewSettings.defaults()));

		assertThat(met.rule()).isEqualTo(Rule.REPORTS);
		assertThat(met.met()).isTrue();
		assertThat(met.counted()).hasSize(3);
	}

	@Test
	void aReportMadeMoreThanAMonthAfterOrAnIncidentBeforeTheWindowDoesNotCount() {
		LocalDate received = LocalDate.of(2026, 6, 1);
		List<Incident> incidents = List.of(incident("2026-01-10", "2026-01-12"),
				incident("2026-03-01", "2026-04-02"), // reported a month and a day later
				incident("2025-11-30", "2025-12-01"), // before the six months
				incident("2026-05-01", "2026-05-02"));

		RuleResult result = only(ThresholdTest.test(subject(received, false, incidents), CaseReviewSettings.defaults()));

		assertThat(result.met()).isFalse();
		assertThat(result.counted()).hasSize(2);
	}

	@Test
	void oneHateIncidentMeetsTheLocalRuleOnlyWhereItIsInForce() {
		LocalDate received = LocalDate.of(2026, 6, 1);
		Subject oneHate = subject(received, true, List.of(incident("2026-05-01", "2026-05-01")));

		assertThat(ThresholdTest.test(oneHate, CaseReviewSettings.defaults()).met()).isFalse();
		ThresholdTest.Result local = ThresholdTest.test(oneHate, CaseReviewSettings.defaults().withLocalRules());
		assertThat(local.met()).isTrue();
		assertThat(local.rules()).filteredOn(RuleResult::met).extracting(RuleResult::rule).containsExactly(Rule.HATE);
	}

	@Test
	void fiveDifferentPeopleAboutOnePlaceMeetTheLocationRule() {
		LocalDate received = LocalDate.of(2026, 6, 1);
		List<AtLocation> four = List.of(at("CR-1", 1, "2026-02-01"), at("CR-2", 2, "2026-03-01"), at("CR-3", 3, "2026-04-01"),
				at("CR-4", 3, "2026-04-02"), at("CR-5", 4, "2026-05-01"));
		CaseReviewSettings local = CaseReviewSettings.defaults().withLocalRules();

		assertThat(location(new Subject(received, false, List.of(), four), local).met())
			.as("five applications but four people").isFalse();
		List<AtLocation> five = new java.util.ArrayList<>(four);
		five.add(at("CR-6", 5, "2026-05-30"));
		RuleResult met = location(new Subject(received, false, List.of(), five), local);
		assertThat(met.met()).isTrue();
		assertThat(met.counted()).containsExactly("CR-1", "CR-2", "CR-3", "CR-4", "CR-5", "CR-6");
	}

	private static RuleResult location(Subject subject, CaseReviewSettings settings) {
		return ThresholdTest.test(subject, settings).rules().stream().filter(r -> r.rule() == Rule.LOCATION).findFirst()
			.orElseThrow();
	}

	private static RuleResult only(ThresholdTest.Result result) {
		assertThat(result.rules()).hasSize(1);
		return result.rules().get(0);
	}

	private static Subject subject(LocalDate received, boolean hate, List<Incident> incidents) {
		return new Subject(received, hate, incidents, List.of());
	}

	private static Incident incident(String happened, String reported) {
		return new Incident(LocalDate.parse(happened), LocalDate.parse(reported), ReportedTo.COUNCIL, null);
	}

	private static AtLocation at(String reference, long person, String received) {
		return new AtLocation(reference, person, LocalDate.parse(received));
	}

	@Test
	void theDefaultsAreTheStatutoryOnes() {
		CaseReviewSettings defaults = CaseReviewSettings.defaults();
		assertThat(defaults.reports()).isEqualTo(3);
		assertThat(defaults.window()).isEqualTo(Period.ofMonths(6));
		assertThat(defaults.acknowledgeDays()).isEqualTo(5);
		assertThat(defaults.decideDays()).isEqualTo(10);
	}

}

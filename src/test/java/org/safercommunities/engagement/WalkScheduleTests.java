package org.safercommunities.engagement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The year's Ward Walk plan: two per ward, one in each half, on weekdays, spread out, nothing duplicated. */
class WalkScheduleTests {

	private static final LocalDate APRIL = LocalDate.of(2027, 4, 1);

	private static final List<String> WARDS = List.of("W1", "W2", "W3", "W4");

	@Test
	void everyWardGetsOneWalkInEachHalfOfTheYearOnAWeekday() {
		WalkSchedule.Plan plan = WalkSchedule.plan(APRIL, APRIL.plusYears(1), 2, WARDS, Map.of(), APRIL);
		assertThat(plan.planned()).hasSize(8);
		assertThat(plan.alreadyPlanned()).isZero();
		assertThat(plan.tooLate()).isZero();
		LocalDate october = LocalDate.of(2027, 10, 1);
		for (String ward : WARDS) {
			List<LocalDate> days = plan.planned().stream().filter(p -> p.wardCode().equals(ward)).map(WalkSchedule.Planned::on).toList();
			assertThat(days).as(ward).hasSize(2);
			assertThat(days.get(0)).as(ward + " first half").isBefore(october);
			assertThat(days.get(1)).as(ward + " second half").isAfterOrEqualTo(october.minusDays(2));
		}
		assertThat(plan.planned()).allMatch(p -> p.on().getDayOfWeek() != DayOfWeek.SATURDAY
				&& p.on().getDayOfWeek() != DayOfWeek.SUNDAY, "on a weekday");
		assertThat(plan.planned().stream().map(WalkSchedule.Planned::on).distinct()).as("spread over different days").hasSize(8);
	}

	@Test
	void aWalkAlreadyPlannedCountsAndIsNotDuplicated() {
		Map<String, List<LocalDate>> existing = Map.of("W1", List.of(LocalDate.of(2027, 6, 9)),
				"W2", List.of(LocalDate.of(2027, 6, 9), LocalDate.of(2028, 1, 12)), "W3", List.of(LocalDate.of(2026, 6, 1)));
		WalkSchedule.Plan plan = WalkSchedule.plan(APRIL, APRIL.plusYears(1), 2, WARDS, existing, APRIL);
		assertThat(plan.alreadyPlanned()).isEqualTo(3);
		assertThat(plan.planned().stream().filter(p -> p.wardCode().equals("W1")).map(WalkSchedule.Planned::on))
			.as("W1 gets its second-half walk only").singleElement().matches(day -> day.isAfter(LocalDate.of(2027, 9, 28)));
		assertThat(plan.planned()).noneMatch(p -> p.wardCode().equals("W2"));
		assertThat(plan.planned().stream().filter(p -> p.wardCode().equals("W3"))).as("last year's walk does not count").hasSize(2);
	}

	@Test
	void partsOfTheYearAlreadyOverGetNoNewWalkAndAreCountedAsTooLate() {
		LocalDate november = LocalDate.of(2027, 11, 20);
		WalkSchedule.Plan plan = WalkSchedule.plan(APRIL, APRIL.plusYears(1), 2, WARDS, Map.of(), november);
		assertThat(plan.tooLate()).isEqualTo(4);
		assertThat(plan.planned()).hasSize(4).allMatch(p -> !p.on().isBefore(november));
	}

}

package org.safercommunities.centres;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.safercommunities.centres.Eligibility.Criterion;
import org.safercommunities.centres.Eligibility.Facts;
import org.safercommunities.centres.Eligibility.Shortfall;

import static org.assertj.core.api.Assertions.assertThat;

/** The Appendix 3 eligibility criteria as rules. */
class EligibilityTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	private static Facts complete() {
		return new Facts(TODAY.minusMonths(3), "Lee Lead", "lee@centre.example", true, TODAY.plusMonths(6), "Sade Safe");
	}

	@Test
	void aCentreMeetingEveryCriterionIsEligible() {
		assertThat(Eligibility.shortfalls(complete(), TODAY, 24)).isEmpty();
	}

	@Test
	void anEmptyApplicationListsEveryCriterionInTheOrderOfAppendix3() {
		Facts nothing = new Facts(null, null, " ", false, null, null);

		assertThat(Eligibility.shortfalls(nothing, TODAY, 24)).extracting(Shortfall::criterion)
			.containsExactly(Criterion.TRAINING_NONE, Criterion.LEAD_NAME, Criterion.LEAD_EMAIL,
					Criterion.SAFEGUARDING_POLICY, Criterion.SAFEGUARDING_LEAD);
	}

	@Test
	void trainingCountsForTheValidityPeriodToTheDay() {
		Facts trainedTwoYearsAgo = new Facts(TODAY.minusMonths(24), "Lee", "lee@centre.example", true,
				TODAY.plusDays(1), "Sade");
		assertThat(Eligibility.shortfalls(trainedTwoYearsAgo, TODAY, 24)).isEmpty();

		Facts oneDayMore = new Facts(TODAY.minusMonths(24).minusDays(1), "Lee", "lee@centre.example", true,
				TODAY.plusDays(1), "Sade");
		assertThat(Eligibility.shortfalls(oneDayMore, TODAY, 24))
			.containsExactly(new Shortfall(Criterion.TRAINING_EXPIRED, TODAY.minusDays(1)));
		assertThat(Eligibility.shortfalls(oneDayMore, TODAY, 36)).isEmpty();
	}

	@Test
	void aSafeguardingPolicyNeedsAReviewDateNotPassed() {
		Facts noDate = new Facts(TODAY, "Lee", "lee@centre.example", true, null, "Sade");
		assertThat(Eligibility.shortfalls(noDate, TODAY, 24)).extracting(Shortfall::criterion)
			.containsExactly(Criterion.SAFEGUARDING_REVIEW_DATE);

		Facts passed = new Facts(TODAY, "Lee", "lee@centre.example", true, TODAY.minusDays(1), "Sade");
		assertThat(Eligibility.shortfalls(passed, TODAY, 24))
			.containsExactly(new Shortfall(Criterion.SAFEGUARDING_REVIEW_PASSED, TODAY.minusDays(1)));

		Facts reviewToday = new Facts(TODAY, "Lee", "lee@centre.example", true, TODAY, "Sade");
		assertThat(Eligibility.shortfalls(reviewToday, TODAY, 24)).isEmpty();
	}

	@Test
	void trainingIsDueWithinTheWarningPeriodAndOverdueAfterIt() {
		LocalDate completed = TODAY.minusMonths(23);
		assertThat(Eligibility.trainingDueSoon(completed, TODAY, 24, 2)).isTrue();
		assertThat(Eligibility.trainingDueSoon(TODAY.minusMonths(21), TODAY, 24, 2)).isFalse();
		assertThat(Eligibility.trainingExpired(completed, TODAY, 24)).isFalse();
		assertThat(Eligibility.trainingExpired(TODAY.minusMonths(25), TODAY, 24)).isTrue();
		assertThat(Eligibility.trainingDueSoon(TODAY.minusMonths(25), TODAY, 24, 2)).isFalse();
	}

}

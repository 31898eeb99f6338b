package org.safercommunities.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safercommunities.cases.RiskQuestion.CHILD_OR_ADULT_AT_RISK;
import static org.safercommunities.cases.RiskQuestion.CONSIDERED_MOVING;
import static org.safercommunities.cases.RiskQuestion.FEAR_FOR_SAFETY;
import static org.safercommunities.cases.RiskQuestion.GETTING_WORSE;
import static org.safercommunities.cases.RiskQuestion.HAPPENS_OFTEN;
import static org.safercommunities.cases.RiskQuestion.HATE_MOTIVATED;
import static org.safercommunities.cases.RiskQuestion.HEALTH_OR_ROUTINE_AFFECTED;
import static org.safercommunities.cases.RiskQuestion.ISOLATED;
import static org.safercommunities.cases.RiskQuestion.PROPERTY_DAMAGED;
import static org.safercommunities.cases.RiskQuestion.TARGETED_BEFORE;
import static org.safercommunities.cases.RiskQuestion.VIOLENCE_OR_THREATS;

/** The risk matrix's arithmetic: weights, thresholds, the critical rule and the professional override. */
class RiskScoringTests {

	private final RiskSettings defaults = RiskSettings.defaults();

	@Test
	void theMatrixHasFourteenQuestionsInFourGroupsScoringUpToEighteen() {
		assertThat(RiskQuestion.values()).hasSize(14);
		for (RiskQuestion.Group group : RiskQuestion.Group.values()) {
			assertThat(group.questions()).as(group.name()).isNotEmpty();
		}
		assertThat(RiskQuestion.maximumScore()).isEqualTo(18);
		assertThat(EnumSet.allOf(RiskQuestion.class).stream().filter(RiskQuestion::critical))
			.containsExactlyInAnyOrder(FEAR_FOR_SAFETY, VIOLENCE_OR_THREATS);
	}

	@Test
	void noYesIsStandardWithScoreZero() {
		assertThat(RiskScoring.score(List.of(), defaults)).isEqualTo(new RiskScoring.Scored(0, RiskLevel.STANDARD, false));
	}

	@Test
	void eachYesAddsItsWeightAndTheThresholdsGiveTheLevel() {
		// 4 ordinary factors: 4, still standard
		assertThat(RiskScoring.score(List.of(PROPERTY_DAMAGED, ISOLATED, TARGETED_BEFORE, GETTING_WORSE), defaults))
			.isEqualTo(new RiskScoring.Scored(4, RiskLevel.STANDARD, false));
		// the fifth reaches medium-from (5)
		assertThat(RiskScoring.score(List.of(PROPERTY_DAMAGED, ISOLATED, TARGETED_BEFORE, GETTING_WORSE, HAPPENS_OFTEN),
				defaults)).isEqualTo(new RiskScoring.Scored(5, RiskLevel.MEDIUM, false));
		// hate (2) + adult at risk (2) + five ordinary = 9: medium, one short of high
		List<RiskQuestion> nine = List.of(HATE_MOTIVATED, CHILD_OR_ADULT_AT_RISK, PROPERTY_DAMAGED, ISOLATED,
				TARGETED_BEFORE, GETTING_WORSE, HAPPENS_OFTEN);
		assertThat(RiskScoring.score(nine, defaults).score()).isEqualTo(9);
		assertThat(RiskScoring.score(nine, defaults).level()).isEqualTo(RiskLevel.MEDIUM);
		List<RiskQuestion> ten = new java.util.ArrayList<>(nine);
		ten.add(CONSIDERED_MOVING);
		assertThat(RiskScoring.score(ten, defaults)).isEqualTo(new RiskScoring.Scored(10, RiskLevel.HIGH, false));
	}

	@Test
	void aQuestionAnsweredTwiceCountsOnce() {
		assertThat(RiskScoring.score(List.of(HATE_MOTIVATED, HATE_MOTIVATED), defaults).score()).isEqualTo(2);
	}

	@Test
	void theThresholdsComeFromTheSettings() {
		RiskSettings strict = new RiskSettings(2, 4);
		assertThat(RiskScoring.score(List.of(ISOLATED, GETTING_WORSE), strict).level()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(RiskScoring.score(List.of(HATE_MOTIVATED, CHILD_OR_ADULT_AT_RISK), strict).level())
			.isEqualTo(RiskLevel.HIGH);
		assertThatThrownBy(() -> new RiskSettings(6, 6)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new RiskSettings(0, 6)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aCriticalYesMakesAtLeastMediumWhateverTheScore() {
		RiskScoring.Scored fear = RiskScoring.score(List.of(FEAR_FOR_SAFETY), defaults);
		assertThat(fear).isEqualTo(new RiskScoring.Scored(2, RiskLevel.MEDIUM, true));
		RiskScoring.Scored threats = RiskScoring.score(List.of(VIOLENCE_OR_THREATS), defaults);
		assertThat(threats.level()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(threats.raisedByCritical()).isTrue();
		// a critical answer never lowers a high score, and is not "raised" when the score is already medium or more
		RiskScoring.Scored high = RiskScoring.score(List.of(FEAR_FOR_SAFETY, VIOLENCE_OR_THREATS, HATE_MOTIVATED,
				CHILD_OR_ADULT_AT_RISK, ISOLATED, HEALTH_OR_ROUTINE_AFFECTED), defaults);
		assertThat(high).isEqualTo(new RiskScoring.Scored(10, RiskLevel.HIGH, false));
		// an ordinary question with weight 2 is not critical: hate alone stays standard
		assertThat(RiskScoring.score(List.of(HATE_MOTIVATED), defaults).level()).isEqualTo(RiskLevel.STANDARD);
	}

	@Test
	void aProfessionalOverrideWinsOverTheScoreEitherWay() {
		RiskScoring.Scored medium = RiskScoring.score(List.of(FEAR_FOR_SAFETY, ISOLATED, GETTING_WORSE), defaults);
		RiskDecision raised = RiskDecision.of(medium,
				new RiskDecision.Override(RiskLevel.HIGH, "Perpetrator released from custody", "J Officer"));
		assertThat(raised.level()).isEqualTo(RiskLevel.HIGH);
		assertThat(raised.raised()).isTrue();
		assertThat(raised.overridden()).isTrue();
		RiskDecision lowered = RiskDecision.of(medium,
				new RiskDecision.Override(RiskLevel.STANDARD, "Perpetrator moved away", "J Officer"));
		assertThat(lowered.level()).isEqualTo(RiskLevel.STANDARD);
		assertThat(lowered.raised()).isFalse();
		RiskDecision scoreStands = RiskDecision.of(medium, null);
		assertThat(scoreStands.level()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(scoreStands.overridden()).isFalse();
	}

	@Test
	void anOverrideToTheScoresOwnLevelIsNoOverride() {
		RiskScoring.Scored medium = RiskScoring.score(List.of(FEAR_FOR_SAFETY), defaults);
		RiskDecision same = RiskDecision.of(medium, new RiskDecision.Override(RiskLevel.MEDIUM, "Agree", "J Officer"));
		assertThat(same.overridden()).isFalse();
	}

	@Test
	void anOverrideNeedsAReasonAndALevel() {
		assertThatThrownBy(() -> new RiskDecision.Override(RiskLevel.HIGH, "  ", "J Officer"))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
		assertThatThrownBy(() -> new RiskDecision.Override(RiskLevel.HIGH, null, "J Officer"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new RiskDecision.Override(null, "Because", "J Officer"))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level");
	}

	@Test
	void everyQuestionGroupAndLevelHasItsWords() throws Exception {
		Properties words = new Properties();
		try (var in = getClass().getResourceAsStream("/i18n/cases-work.properties")) {
			words.load(in);
		}
		for (RiskQuestion question : RiskQuestion.values()) {
			assertThat(words).as(question.name()).containsKey(question.messageKey());
		}
		for (RiskQuestion.Group group : RiskQuestion.Group.values()) {
			assertThat(words).as(group.name()).containsKey(group.messageKey());
		}
		for (RiskLevel level : RiskLevel.values()) {
			assertThat(words).as(level.name()).containsKey(level.messageKey());
		}
		assertThat(FEAR_FOR_SAFETY.field()).isEqualTo("fearForSafety");
	}

}

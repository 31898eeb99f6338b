package org.safercommunities.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safercommunities.cases.CaseWorkForms.ActionCloseForm;
import org.safercommunities.cases.CaseWorkForms.ActionForm;
import org.safercommunities.cases.CaseWorkForms.ReviewForm;
import org.safercommunities.cases.CaseWorkForms.ReviewScheduleForm;
import org.safercommunities.cases.CaseWorkForms.RiskForm;
import org.safercommunities.cases.CaseWorkForms.VictimsCodeForm;
import org.safercommunities.cases.CaseWorkValidators.ActionCloseValidator;
import org.safercommunities.cases.CaseWorkValidators.ActionValidator;
import org.safercommunities.cases.CaseWorkValidators.ReviewScheduleValidator;
import org.safercommunities.cases.CaseWorkValidators.ReviewValidator;
import org.safercommunities.cases.CaseWorkValidators.RiskValidator;
import org.safercommunities.cases.CaseWorkValidators.VictimsCodeValidator;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safercommunities.support.FormChecks.assertKeysExist;
import static org.safercommunities.support.FormChecks.codes;
import static org.safercommunities.support.FormChecks.validate;

/** Each case work form's rules, without Spring: every rule and every message key. */
class CaseWorkValidatorsTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	private static final String BUNDLE = "cases-work";

	private final RiskValidator risk = new RiskValidator(RiskSettings.defaults());

	@Test
	void everyRiskQuestionNeedsAYesOrNo() {
		RiskForm form = RiskForm.blank();
		form.getAnswers().put("isolated", "MAYBE");
		Errors errors = validate(risk, form);
		assertThat(codes(errors)).hasSize(14).allSatisfy((field, keys) -> {
			assertThat(field).startsWith("answers[");
			assertThat(keys).containsExactly("cases.work.error.risk-answer");
		});
		assertThat(codes(errors).keySet()).first().isEqualTo("answers[fearForSafety]");
		assertKeysExist(errors, BUNDLE);
		assertThat(validate(risk, allNo()).hasErrors()).isFalse();
	}

	@Test
	void anOverrideNeedsALevelOtherThanTheScoresAndAReason() {
		RiskForm noReason = allNo();
		noReason.setOverrideLevel("HIGH");
		assertThat(codes(validate(risk, noReason)))
			.containsExactly(Map.entry("overrideReason", List.of("cases.work.error.override-reason")));
		RiskForm same = allNo();
		same.setOverrideLevel("STANDARD");
		same.setOverrideReason("Agree");
		Errors sameErrors = validate(risk, same);
		assertThat(codes(sameErrors)).containsExactly(Map.entry("overrideLevel", List.of("cases.work.error.override-same")));
		assertKeysExist(sameErrors, BUNDLE);
		RiskForm unknown = allNo();
		unknown.setOverrideLevel("SEVERE");
		unknown.setOverrideReason("Because");
		assertThat(codes(validate(risk, unknown)))
			.containsExactly(Map.entry("overrideLevel", List.of("cases.work.error.override-level")));
		RiskForm reasonOnly = allNo();
		reasonOnly.setOverrideReason("Because");
		Errors reasonErrors = validate(risk, reasonOnly);
		assertThat(codes(reasonErrors))
			.containsExactly(Map.entry("overrideLevel", List.of("cases.work.error.override-level-missing")));
		assertKeysExist(reasonErrors, BUNDLE);
		RiskForm raised = allNo();
		raised.setOverrideLevel("HIGH");
		raised.setOverrideReason("Perpetrator released from custody");
		assertThat(validate(risk, raised).hasErrors()).isFalse();
	}

	@Test
	void anActionNeedsWhatAnOwnerOrganisationOfTheListAndADueDateFromToday() {
		ActionValidator action = new ActionValidator(TODAY, Set.of(1L, 2L), Map.of(1L, Set.of(10L)));
		Errors errors = validate(action, new ActionForm());
		assertThat(codes(errors)).containsExactly(Map.entry("what", List.of("cases.work.error.action-what")),
				Map.entry("ownerOrganisation", List.of("cases.work.error.action-organisation")),
				Map.entry("dueOn", List.of("cases.work.error.action-due")));
		assertKeysExist(errors, BUNDLE);
		ActionForm form = action("3", "11", "1 12 2026");
		Errors wrong = validate(action, form);
		assertThat(codes(wrong)).containsExactly(
				Map.entry("ownerOrganisation", List.of("cases.work.error.action-organisation")),
				Map.entry("dueOn", List.of("cases.work.error.action-due-past")));
		assertKeysExist(wrong, BUNDLE);
		assertThat(codes(validate(action, action("1", "11", "31 2 2027"))))
			.containsExactly(Map.entry("ownerPerson", List.of("cases.work.error.action-person")),
					Map.entry("dueOn", List.of("cases.work.error.date-format")));
		assertThat(validate(action, action("1", "10", "2 12 2026")).hasErrors()).as("own org's person, due today")
			.isFalse();
		assertThat(validate(action, action("2", "", "9/12/2026")).hasErrors()).as("another org, nobody named")
			.isFalse();
	}

	@Test
	void closingAnActionNeedsAnOutcomeAPastDateAndACancellationReason() {
		ActionCloseValidator close = new ActionCloseValidator(TODAY);
		Errors errors = validate(close, new ActionCloseForm());
		assertThat(codes(errors)).containsExactly(Map.entry("outcome", List.of("cases.work.error.action-outcome")),
				Map.entry("closedOn", List.of("cases.work.error.action-closed-on")));
		assertKeysExist(errors, BUNDLE);
		ActionCloseForm reopen = close("OPEN", "3 12 2026", null);
		assertThat(codes(validate(close, reopen))).containsExactly(
				Map.entry("outcome", List.of("cases.work.error.action-outcome")),
				Map.entry("closedOn", List.of("cases.work.error.date-future")));
		Errors cancelled = validate(close, close("CANCELLED", "2 12 2026", " "));
		assertThat(codes(cancelled)).containsExactly(Map.entry("note", List.of("cases.work.error.action-cancel-note")));
		assertKeysExist(cancelled, BUNDLE);
		assertThat(validate(close, close("DONE", "1 12 2026", null)).hasErrors()).as("done needs no note").isFalse();
		assertThat(validate(close, close("CANCELLED", "1 12 2026", "Victim moved away")).hasErrors()).isFalse();
		assertThat(codes(validate(close, close("DONE", "1 12 2026", "x".repeat(4001)))))
			.containsExactly(Map.entry("note", List.of("cases.work.error.too-long")));
	}

	@Test
	void aReviewDoneLateNeedsItsReasonAndTheNextReviewAfterIt() {
		ReviewValidator review = new ReviewValidator(TODAY,
				ReviewTiming.forTarget(LocalDate.of(2026, 11, 30), ReviewSettings.defaults()));
		Errors errors = validate(review, new ReviewForm());
		assertThat(codes(errors)).containsExactly(
				Map.entry("completedOn", List.of("cases.work.error.review-completed-on")),
				Map.entry("note", List.of("cases.work.error.review-note")),
				Map.entry("nextTargetOn", List.of("cases.work.error.review-next")));
		assertKeysExist(errors, BUNDLE);
		Errors late = validate(review, review("1 12 2026", "Calmer now", null, "1 12 2026"));
		assertThat(codes(late)).containsExactly(Map.entry("lateReason", List.of("cases.work.error.review-late-reason")),
				Map.entry("nextTargetOn", List.of("cases.work.error.review-next-before")));
		assertKeysExist(late, BUNDLE);
		assertThat(late.getFieldError("lateReason").getArguments()).containsExactly("30 November 2026");
		assertThat(validate(review, review("30 11 2026", "On time", null, "28 12 2026")).hasErrors())
			.as("on the target day needs no late reason").isFalse();
		assertThat(validate(review, review("2 12 2026", "Late", "Officer on leave", "30 12 2026")).hasErrors()).isFalse();
		assertThat(codes(validate(review, review("3 12 2026", "Tomorrow", "Late", "30 12 2026"))))
			.containsExactly(Map.entry("completedOn", List.of("cases.work.error.date-future")));
	}

	@Test
	void theNextReviewIsScheduledFromToday() {
		ReviewScheduleValidator schedule = new ReviewScheduleValidator(TODAY);
		ReviewScheduleForm form = new ReviewScheduleForm();
		assertThat(codes(validate(schedule, form)))
			.containsExactly(Map.entry("targetOn", List.of("cases.work.error.review-target")));
		form.setTargetOn("1 12 2026");
		Errors past = validate(schedule, form);
		assertThat(codes(past)).containsExactly(Map.entry("targetOn", List.of("cases.work.error.review-target-past")));
		assertKeysExist(past, BUNDLE);
		form.setTargetOn("30 12 2026");
		assertThat(validate(schedule, form).hasErrors()).isFalse();
	}

	@Test
	void theVictimsCodeDatesAreRealAndPastAReferralNamesWhoAndAnRjOfferHasAnAnswer() {
		VictimsCodeValidator victims = new VictimsCodeValidator(TODAY);
		assertThat(validate(victims, new VictimsCodeForm()).hasErrors()).as("nothing done yet is allowed").isFalse();
		VictimsCodeForm wrong = new VictimsCodeForm();
		wrong.setInformedOn("32 11 2026");
		wrong.setNeedsAssessedOn("3 12 2026");
		wrong.setReferredOn("1 12 2026");
		wrong.setRjOfferedOn("1 12 2026");
		Errors errors = validate(victims, wrong);
		assertThat(codes(errors)).containsExactly(Map.entry("informedOn", List.of("cases.work.error.date-format")),
				Map.entry("needsAssessedOn", List.of("cases.work.error.date-future")),
				Map.entry("referredTo", List.of("cases.work.error.victims-referred-to")),
				Map.entry("rjAnswer", List.of("cases.work.error.victims-rj-answer")));
		assertKeysExist(errors, BUNDLE);
		VictimsCodeForm backwards = new VictimsCodeForm();
		backwards.setReferredTo("Victim Support");
		backwards.setRjAnswer("YES");
		Errors backwardsErrors = validate(victims, backwards);
		assertThat(codes(backwardsErrors)).containsExactly(
				Map.entry("referredOn", List.of("cases.work.error.victims-referred-on")),
				Map.entry("rjOfferedOn", List.of("cases.work.error.victims-rj-offered")));
		assertKeysExist(backwardsErrors, BUNDLE);
		VictimsCodeForm good = new VictimsCodeForm();
		good.setInformedOn("1 12 2026");
		good.setReferredOn("2 12 2026");
		good.setReferredTo("Victim Support");
		good.setUpdateGivenOn("2/12/2026");
		good.setRjOfferedOn("2 December 2026");
		good.setRjAnswer("NOT_YET");
		assertThat(validate(victims, good).hasErrors()).isFalse();
		VictimsCodeChecklist checklist = good.toChecklist(List.of(LocalDate.of(2026, 11, 20)));
		assertThat(checklist.updatesGiven()).containsExactly(LocalDate.of(2026, 11, 20), TODAY);
		assertThat(checklist.rjAnswer()).isEqualTo(RestorativeJusticeAnswer.NOT_YET);
	}

	private static RiskForm allNo() {
		RiskForm form = RiskForm.blank();
		form.getAnswers().replaceAll((question, answer) -> "NO");
		return form;
	}

	private static ActionForm action(String organisation, String person, String due) {
		ActionForm form = new ActionForm();
		form.setWhat("Visit the victim with the housing officer");
		form.setOwnerOrganisation(organisation);
		form.setOwnerPerson(person);
		form.setDueOn(due);
		return form;
	}

	private static ActionCloseForm close(String outcome, String on, String note) {
		ActionCloseForm form = new ActionCloseForm();
		form.setOutcome(outcome);
		form.setClosedOn(on);
		form.setNote(note);
		return form;
	}

	private static ReviewForm review(String on, String note, String late, String next) {
		ReviewForm form = new ReviewForm();
		form.setCompletedOn(on);
		form.setNote(note);
		form.setLateReason(late);
		form.setNextTargetOn(next);
		return form;
	}

}

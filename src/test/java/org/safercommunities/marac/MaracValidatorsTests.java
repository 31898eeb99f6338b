package org.safercommunities.marac;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safercommunities.marac.MaracForms.ActionForm;
import org.safercommunities.marac.MaracForms.AgendaForm;
import org.safercommunities.marac.MaracForms.AttendanceForm;
import org.safercommunities.marac.MaracForms.DecisionForm;
import org.safercommunities.marac.MaracForms.NotesForm;
import org.safercommunities.marac.MaracForms.ReferralForm;
import org.safercommunities.marac.MaracForms.ScheduleForm;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;

import static org.assertj.core.api.Assertions.assertThat;

/** Each CS MARAC form's own rules, without Spring: the field each error is on and its message key. */
class MaracValidatorsTests {

	private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

	@Test
	void aReferralNeedsACriterionAReasonAndOnlyInvolvedOrganisationsOnThePerpetratorsSide() {
		ReferralForm empty = new ReferralForm();
		empty.setPerpetratorSide(List.of(9L));
		assertThat(errors(new MaracValidators.Referral(Set.of(5L)), empty)).containsExactlyInAnyOrder(
				"criteria:marac.error.criteria", "reason:marac.error.reason", "perpetratorSide:marac.error.perpetrator-side");
		ReferralForm made = new ReferralForm();
		made.setCriteria(List.of("REPEAT_VICTIM", "ESCALATION"));
		made.setReason("Third incident");
		made.setPerpetratorSide(List.of(5L));
		assertThat(errors(new MaracValidators.Referral(Set.of(5L)), made)).isEmpty();
		made.setCriteria(List.of("REPEAT_VICTIM", "GOSSIP"));
		made.setReason("x".repeat(MaracValidators.MAX_TEXT + 1));
		assertThat(errors(new MaracValidators.Referral(Set.of(5L)), made)).containsExactlyInAnyOrder(
				"criteria:marac.error.criteria-unknown", "reason:marac.error.too-long");
	}

	@Test
	void theScheduleStartsTodayOrLaterForOneToTwelveMeetings() {
		ScheduleForm form = new ScheduleForm();
		form.setFirstOn("31 2 2027");
		form.setCount("13");
		assertThat(errors(new MaracValidators.Schedule(TODAY), form)).containsExactlyInAnyOrder(
				"firstOn:marac.error.first-on", "count:marac.error.count");
		form.setFirstOn("28 2 2027");
		form.setCount("three");
		assertThat(errors(new MaracValidators.Schedule(TODAY), form)).containsExactlyInAnyOrder(
				"firstOn:marac.error.first-on-past", "count:marac.error.count");
		form.setFirstOn("1 3 2027");
		form.setCount(" 3 ");
		assertThat(errors(new MaracValidators.Schedule(TODAY), form)).isEmpty();
	}

	@Test
	void attendanceNeedsAChairAndKnownOrganisations() {
		AttendanceForm form = new AttendanceForm();
		assertThat(errors(new MaracValidators.Attendance(Set.of(1L, 2L)), form)).containsExactlyInAnyOrder(
				"chair:marac.error.chair", "organisations:marac.error.organisations");
		form.setChair("DI Shah");
		form.setOrganisations(List.of(1L, 3L));
		assertThat(errors(new MaracValidators.Attendance(Set.of(1L, 2L)), form))
			.containsExactly("organisations:marac.error.organisations");
		form.setOrganisations(List.of(1L, 2L));
		assertThat(errors(new MaracValidators.Attendance(Set.of(1L, 2L)), form)).isEmpty();
	}

	@Test
	void onlyAnOfferedReferralGoesOnTheAgenda() {
		AgendaForm form = new AgendaForm();
		assertThat(errors(new MaracValidators.Agenda(Set.of(4L)), form)).containsExactly("referralId:marac.error.referral");
		form.setReferralId(7L);
		assertThat(errors(new MaracValidators.Agenda(Set.of(4L)), form)).containsExactly("referralId:marac.error.referral");
		form.setReferralId(4L);
		assertThat(errors(new MaracValidators.Agenda(Set.of(4L)), form)).isEmpty();
	}

	@Test
	void notesAndActionsNeedTheirWordsAnOwnerAndADueDate() {
		NotesForm notes = new NotesForm();
		notes.setNotes("  ");
		assertThat(errors(new MaracValidators.Notes(), notes)).containsExactly("notes:marac.error.notes");
		ActionForm action = new ActionForm();
		action.setOwnerOrganisationId(8L);
		action.setDueOn("soon");
		assertThat(errors(new MaracValidators.Action(Set.of(2L)), action)).containsExactlyInAnyOrder(
				"description:marac.error.description", "ownerOrganisationId:marac.error.owner", "dueOn:marac.error.due-on");
		action.setDescription("Joint visit");
		action.setOwnerOrganisationId(2L);
		action.setDueOn("15 3 2027");
		assertThat(errors(new MaracValidators.Action(Set.of(2L)), action)).isEmpty();
	}

	@Test
	void closingNeedsAReasonKeepingDoesNot() {
		DecisionForm form = new DecisionForm();
		assertThat(errors(new MaracValidators.Decision(), form)).containsExactly("decision:marac.error.decision");
		form.setDecision("CLOSE");
		assertThat(errors(new MaracValidators.Decision(), form)).containsExactly("reason:marac.error.close-reason");
		form.setDecision("KEEP");
		assertThat(errors(new MaracValidators.Decision(), form)).isEmpty();
	}

	private static List<String> errors(Validator validator, Object form) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		validator.validate(form, errors);
		return errors.getFieldErrors().stream().map(MaracValidatorsTests::describe).toList();
	}

	private static String describe(FieldError error) {
		return error.getField() + ":" + error.getCode();
	}

}

package org.safercommunities.reporting;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safercommunities.reporting.StaffReportForms.DatesForm;
import org.safercommunities.reporting.StaffReportForms.PoliceReferenceForm;
import org.safercommunities.reporting.StaffReportForms.TriageForm;
import org.safercommunities.reporting.StaffReportFormValidators.DatesValidator;
import org.safercommunities.reporting.StaffReportFormValidators.PoliceReferenceValidator;
import org.safercommunities.reporting.StaffReportFormValidators.TriageValidator;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safercommunities.support.FormChecks.assertKeysExist;
import static org.safercommunities.support.FormChecks.codes;
import static org.safercommunities.support.FormChecks.validate;

/** The staff's report forms and the follow-up feedback, without Spring: every rule and every message key. */
class StaffReportFormValidatorsTests {

	@Test
	void listDatesMustBeDatesWithOneMessageOnTheFirstWrongOne() {
		assertThat(validate(new DatesValidator(), dates(null, " ")).hasErrors()).isFalse();
		assertThat(validate(new DatesValidator(), dates("2026-11-01", "2026-11-30")).hasErrors()).isFalse();
		Errors both = validate(new DatesValidator(), dates("1 Nov", "30 Nov"));
		Errors to = validate(new DatesValidator(), dates("2026-11-01", "soon"));
		assertThat(codes(both)).containsExactly(Map.entry("from", List.of("reporting.staff.error.date")));
		assertThat(codes(to)).containsExactly(Map.entry("to", List.of("reporting.staff.error.date")));
		assertKeysExist(both, "staff");
	}

	@Test
	void triageNeedsAClassificationAndForAnIncidentWhatTheCodeOfPracticeAsks() {
		assertThat(triage(null, null, null, null)).containsExactly(
				Map.entry("classification", List.of("reporting.staff.error.classification")));
		assertThat(triage("A_RUMOUR", null, null, null)).containsExactly(
				Map.entry("classification", List.of("reporting.staff.error.classification")));
		assertThat(triage("NON_CRIME_HATE_INCIDENT", "MAYBE", null, null)).containsExactly(
				Map.entry("keepSubjectData", List.of("reporting.staff.error.keep-subject-data")));
		assertThat(triage("NON_CRIME_HATE_INCIDENT", "YES", " ", null)).containsExactly(
				Map.entry("justification", List.of("reporting.staff.error.justification")));
		assertThat(triage("NON_CRIME_HATE_INCIDENT", "NO", null, "")).containsExactly(
				Map.entry("redactedAccount", List.of("reporting.staff.error.redacted-account")));

		assertThat(triage("HATE_CRIME", null, null, null)).as("a crime asks nothing more").isEmpty();
		assertThat(triage("NON_CRIME_HATE_INCIDENT", "YES", "Risk of harm", null)).isEmpty();
		assertThat(triage("NON_CRIME_HATE_INCIDENT", "NO", null, "Someone shouted")).isEmpty();
	}

	@Test
	void triageKnowsWhetherSubjectDataIsKeptOnlyForAnIncident() {
		assertThat(triageForm("HATE_CRIME", "YES", null, null).keepsSubjectData()).isNull();
		assertThat(triageForm("NON_CRIME_HATE_INCIDENT", "YES", null, null).keepsSubjectData()).isTrue();
		assertThat(triageForm("NON_CRIME_HATE_INCIDENT", "NO", null, null).keepsSubjectData()).isFalse();
	}

	@Test
	void thePoliceReferenceIsGivenAndAtMostSixtyCharacters() {
		for (String wrong : new String[] { null, " ", "x".repeat(61) }) {
			Errors errors = validate(new PoliceReferenceValidator(), policeReference(wrong));
			assertThat(codes(errors)).containsExactly(
					Map.entry("policeReference", List.of("reporting.staff.error.police-reference")));
			assertKeysExist(errors, "staff");
		}
		assertThat(validate(new PoliceReferenceValidator(), policeReference("x".repeat(60))).hasErrors()).isFalse();
	}

	@Test
	void feedbackIsOneOfTheAnswersOffered() {
		for (String wrong : new String[] { null, "", "LOVED_IT" }) {
			Errors errors = validate(new FeedbackFormValidator(), feedback(wrong));
			assertThat(codes(errors)).containsExactly(Map.entry("feedback", List.of("reporting.follow-up.error.feedback")));
			assertKeysExist(errors, "reporting");
		}
		assertThat(validate(new FeedbackFormValidator(), feedback("HELPED")).hasErrors()).isFalse();
	}

	private static Map<String, List<String>> triage(String classification, String keep, String justification,
			String redacted) {
		Errors errors = validate(new TriageValidator(), triageForm(classification, keep, justification, redacted));
		assertKeysExist(errors, "staff");
		return codes(errors);
	}

	private static TriageForm triageForm(String classification, String keep, String justification, String redacted) {
		TriageForm form = new TriageForm();
		form.setClassification(classification);
		form.setKeepSubjectData(keep);
		form.setJustification(justification);
		form.setRedactedAccount(redacted);
		return form;
	}

	private static DatesForm dates(String from, String to) {
		DatesForm form = new DatesForm();
		form.setFrom(from);
		form.setTo(to);
		return form;
	}

	private static PoliceReferenceForm policeReference(String reference) {
		PoliceReferenceForm form = new PoliceReferenceForm();
		form.setPoliceReference(reference);
		return form;
	}

	private static FeedbackForm feedback(String answer) {
		FeedbackForm form = new FeedbackForm();
		form.setFeedback(answer);
		return form;
	}

}

package org.safercommunities.cases;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safercommunities.cases.CaseForms.CloseForm;
import org.safercommunities.cases.CaseForms.LinkCaseForm;
import org.safercommunities.cases.CaseForms.NoteForm;
import org.safercommunities.cases.CaseForms.OpenCaseForm;
import org.safercommunities.cases.CaseForms.PartyForm;
import org.safercommunities.cases.CaseForms.ShareForm;
import org.safercommunities.cases.CaseForms.StatusForm;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;

import static org.assertj.core.api.Assertions.assertThat;

/** Each case form's rules, with the message key each mistake gets. */
class CaseFormValidatorsTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	@Test
	void aNewCaseNeedsATypeATitleAndHowItCameAndANamedReportersPart() {
		OpenCaseForm direct = new OpenCaseForm();
		assertThat(errors(new CaseFormValidators.OpenCaseValidator(), direct)).containsExactly(
				"typeCode=cases.error.type", "title=cases.error.title", "source=cases.error.source");

		OpenCaseForm fromReport = new OpenCaseForm();
		fromReport.setReport(12L);
		fromReport.reporterNamed(true);
		fromReport.setTypeCode("HATE_CRIME");
		fromReport.setTitle("x".repeat(121));
		assertThat(errors(new CaseFormValidators.OpenCaseValidator(), fromReport))
			.containsExactly("title=cases.error.title-length", "reporterAs=cases.error.reporter-as");
		fromReport.setTitle("Abuse at bus stop");
		fromReport.setReporterAs("DROP TABLE");
		assertThat(errors(new CaseFormValidators.OpenCaseValidator(), fromReport))
			.containsExactly("reporterAs=cases.error.reporter-as");
		fromReport.setReporterAs("42");
		assertThat(errors(new CaseFormValidators.OpenCaseValidator(), fromReport)).isEmpty();
		assertThat(fromReport.reporterChoice().personId()).isEqualTo(42L);
	}

	@Test
	void statusAndNoteForms() {
		StatusForm closed = new StatusForm();
		closed.setStatus("CLOSED");
		assertThat(errors(new CaseFormValidators.StatusValidator(), closed)).containsExactly("status=cases.error.status");
		closed.setStatus("UNDER_REVIEW");
		assertThat(errors(new CaseFormValidators.StatusValidator(), closed)).isEmpty();

		NoteForm note = new NoteForm();
		note.setNote("   ");
		assertThat(errors(new CaseFormValidators.NoteValidator(), note)).containsExactly("note=cases.error.note");
		note.setNote("y".repeat(5001));
		assertThat(errors(new CaseFormValidators.NoteValidator(), note)).containsExactly("note=cases.error.too-long");
	}

	@Test
	void aPartyNeedsANameAndARoleAndWhatIsTypedMustBeRight() {
		PartyForm party = new PartyForm();
		party.setDateOfBirth("31 2 1990");
		party.setPhone("call me");
		party.setEmail("not-an-address");
		party.setChoice("someone");
		assertThat(errors(new CaseFormValidators.PartyValidator(() -> TODAY), party)).containsExactly(
				"givenName=cases.error.party-name", "dateOfBirth=cases.error.date-of-birth", "phone=cases.error.phone",
				"email=cases.error.email", "partyRole=cases.error.party-role", "choice=cases.error.party-choice");
		party.setFamilyName("Khan");
		party.setDateOfBirth("3 12 2026");
		party.setPhone("020 8359 2000");
		party.setEmail("amira@example.org");
		party.setPartyRole("VICTIM");
		party.setChoice("NEW");
		assertThat(errors(new CaseFormValidators.PartyValidator(() -> TODAY), party))
			.containsExactly("dateOfBirth=cases.error.date-of-birth-future");
	}

	@Test
	void aShareNeedsAnOrganisationALevelAndAReason() {
		ShareForm share = new ShareForm();
		share.setOrganisationId("abc");
		share.setLevel("EVERYTHING");
		assertThat(errors(new CaseFormValidators.ShareValidator(), share)).containsExactly(
				"organisationId=cases.error.share-organisation", "level=cases.error.share-level",
				"shareReason=cases.error.share-reason");
	}

	@Test
	void closingNeedsAnOutcomeAReasonAndADayNeitherInTheFutureNorBeforeOpening() {
		CloseForm close = new CloseForm();
		Validator rules = new CaseFormValidators.CloseValidator(() -> TODAY, TODAY.minusDays(5));
		assertThat(errors(rules, close)).containsExactly("outcome=cases.error.outcome",
				"closureReason=cases.error.closure-reason", "closedOn=cases.error.closed-on");
		close.setOutcome("RESOLVED");
		close.setClosureReason("Warning worked");
		close.setClosedOn("3 12 2026");
		assertThat(errors(rules, close)).containsExactly("closedOn=cases.error.closed-on-future");
		close.setClosedOn("20 11 2026");
		assertThat(errors(rules, close)).containsExactly("closedOn=cases.error.closed-before-opened");
		close.setClosedOn("the other day");
		assertThat(errors(rules, close)).containsExactly("closedOn=cases.error.closed-on-date");
		close.setClosedOn("2 December 2026");
		assertThat(errors(rules, close)).isEmpty();
	}

	@Test
	void aLinkedCaseIsNamedByItsReference() {
		LinkCaseForm link = new LinkCaseForm();
		link.setCaseReference("HC-7K3Q-9P");
		assertThat(errors(new CaseFormValidators.LinkCaseValidator(), link))
			.containsExactly("caseReference=cases.error.case-reference-format");
		link.setCaseReference("c-2026-000123");
		assertThat(errors(new CaseFormValidators.LinkCaseValidator(), link)).isEmpty();
	}

	private static List<String> errors(Validator validator, Object form) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		validator.validate(form, errors);
		return errors.getFieldErrors().stream().map(CaseFormValidatorsTests::describe).toList();
	}

	private static String describe(FieldError error) {
		return error.getField() + "=" + error.getCode();
	}

}

package org.safercommunities.cases;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.safercommunities.cases.CaseCodes.Status;
import org.safercommunities.cases.CaseForms.CaseDetailsForm;
import org.safercommunities.cases.CaseForms.CaseReportForm;
import org.safercommunities.cases.CaseForms.CaseTypeForm;
import org.safercommunities.cases.CaseForms.CloseForm;
import org.safercommunities.cases.CaseForms.LinkCaseForm;
import org.safercommunities.cases.CaseForms.LinkReportForm;
import org.safercommunities.cases.CaseForms.NoteForm;
import org.safercommunities.cases.CaseForms.OpenCaseForm;
import org.safercommunities.cases.CaseForms.PartyForm;
import org.safercommunities.cases.CaseForms.ShareForm;
import org.safercommunities.cases.CaseForms.StatusForm;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules of the case forms, one validator per form ({@code cases.error.*}). Whether a type is still offered,
 * a person or a report exists and the person may change the case are {@link CaseFiles}' checks.
 */
final class CaseFormValidators {

	static final int TITLE_LENGTH = 120;

	static final int TEXT_LENGTH = 20_000;

	static final int NOTE_LENGTH = 5_000;

	static final int NAME_LENGTH = 100;

	private CaseFormValidators() {
	}

	/** Type, title, account and place: the same rules when a case is opened and when it is changed. */
	static class DetailsValidator implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return CaseDetailsForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			CaseDetailsForm form = (CaseDetailsForm) target;
			if (!StringUtils.hasText(form.getTypeCode())) {
				errors.rejectValue("typeCode", "cases.error.type");
			}
			if (!StringUtils.hasText(form.getTitle())) {
				errors.rejectValue("title", "cases.error.title");
			}
			else if (form.getTitle().strip().length() > TITLE_LENGTH) {
				errors.rejectValue("title", "cases.error.title-length", new Object[] { TITLE_LENGTH }, null);
			}
			tooLong(errors, "account", form.getAccount(), TEXT_LENGTH);
			tooLong(errors, "placeDescription", form.getPlaceDescription(), TEXT_LENGTH);
		}

	}

	static class OpenCaseValidator implements Validator {

		private static final DetailsValidator DETAILS = new DetailsValidator();

		@Override
		public boolean supports(Class<?> type) {
			return OpenCaseForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			OpenCaseForm form = (OpenCaseForm) target;
			DETAILS.validate(form, errors);
			if (form.getReport() == null && form.chosenSource().isEmpty()) {
				errors.rejectValue("source", "cases.error.source");
			}
			if (form.isReporterNamed()) {
				String choice = form.getReporterAs();
				if (!StringUtils.hasText(choice)) {
					errors.rejectValue("reporterAs", "cases.error.reporter-as");
				}
				else if (!choice.equals(CaseForms.NEW_PERSON) && !choice.equals(CaseForms.NO_PARTY)
						&& !choice.matches("\\d{1,18}")) {
					errors.rejectValue("reporterAs", "cases.error.reporter-as");
				}
			}
		}

	}

	static class StatusValidator implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return StatusForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			StatusForm form = (StatusForm) target;
			if (form.chosen().filter(status -> status != Status.CLOSED).isEmpty()) {
				errors.rejectValue("status", "cases.error.status");
			}
		}

	}

	static class NoteValidator implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return NoteForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			NoteForm form = (NoteForm) target;
			if (!StringUtils.hasText(form.getNote())) {
				errors.rejectValue("note", "cases.error.note");
			}
			else {
				tooLong(errors, "note", form.getNote(), NOTE_LENGTH);
			}
		}

	}

	/** A name (given or family), a real date of birth if one is typed, an e-mail that looks like one, and a role. */
	static class PartyValidator implements Validator {

		private final Supplier<LocalDate> today;

		PartyValidator(Supplier<LocalDate> today) {
			this.today = today;
		}

		@Override
		public boolean supports(Class<?> type) {
			return PartyForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			PartyForm form = (PartyForm) target;
			if (!StringUtils.hasText(form.getGivenName()) && !StringUtils.hasText(form.getFamilyName())) {
				errors.rejectValue("givenName", "cases.error.party-name");
			}
			tooLong(errors, "givenName", form.getGivenName(), NAME_LENGTH);
			tooLong(errors, "familyName", form.getFamilyName(), NAME_LENGTH);
			if (StringUtils.hasText(form.getDateOfBirth())) {
				if (form.birthDate().isEmpty()) {
					errors.rejectValue("dateOfBirth", "cases.error.date-of-birth");
				}
				else if (form.birthDate().get().isAfter(today.get())) {
					errors.rejectValue("dateOfBirth", "cases.error.date-of-birth-future");
				}
			}
			if (StringUtils.hasText(form.getPhone()) && !form.getPhone().strip().matches("[+0-9 ()-]{6,20}")) {
				errors.rejectValue("phone", "cases.error.phone");
			}
			if (StringUtils.hasText(form.getEmail()) && !form.getEmail().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
				errors.rejectValue("email", "cases.error.email");
			}
			if (form.chosenRole().isEmpty()) {
				errors.rejectValue("partyRole", "cases.error.party-role");
			}
			String choice = form.getChoice();
			if (StringUtils.hasText(choice) && !choice.equals(CaseForms.NEW_PERSON) && !choice.matches("\\d{1,18}")) {
				errors.rejectValue("choice", "cases.error.party-choice");
			}
		}

	}

	static class ShareValidator implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return ShareForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			ShareForm form = (ShareForm) target;
			if (form.organisation().isEmpty()) {
				errors.rejectValue("organisationId", "cases.error.share-organisation");
			}
			if (form.chosenLevel().isEmpty()) {
				errors.rejectValue("level", "cases.error.share-level");
			}
			if (!StringUtils.hasText(form.getShareReason())) {
				errors.rejectValue("shareReason", "cases.error.share-reason");
			}
			else {
				tooLong(errors, "shareReason", form.getShareReason(), NOTE_LENGTH);
			}
		}

	}

	/** Closing needs an outcome, the reason in the officer's words and the day, not in the future nor before opening. */
	static class CloseValidator implements Validator {

		private final Supplier<LocalDate> today;

		private final LocalDate openedOn;

		CloseValidator(Supplier<LocalDate> today, LocalDate openedOn) {
			this.today = today;
			this.openedOn = openedOn;
		}

		@Override
		public boolean supports(Class<?> type) {
			return CloseForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			CloseForm form = (CloseForm) target;
			if (form.chosenOutcome().isEmpty()) {
				errors.rejectValue("outcome", "cases.error.outcome");
			}
			if (!StringUtils.hasText(form.getClosureReason())) {
				errors.rejectValue("closureReason", "cases.error.closure-reason");
			}
			else {
				tooLong(errors, "closureReason", form.getClosureReason(), NOTE_LENGTH);
			}
			if (!StringUtils.hasText(form.getClosedOn())) {
				errors.rejectValue("closedOn", "cases.error.closed-on");
			}
			else if (form.closedOnDate().isEmpty()) {
				errors.rejectValue("closedOn", "cases.error.closed-on-date");
			}
			else if (form.closedOnDate().get().isAfter(today.get())) {
				errors.rejectValue("closedOn", "cases.error.closed-on-future");
			}
			else if (openedOn != null && form.closedOnDate().get().isBefore(openedOn)) {
				errors.rejectValue("closedOn", "cases.error.closed-before-opened");
			}
		}

	}

	static class LinkReportValidator implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return LinkReportForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			if (!StringUtils.hasText(((LinkReportForm) target).getReportReference())) {
				errors.rejectValue("reportReference", "cases.error.report-reference");
			}
		}

	}

	static class LinkCaseValidator implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return LinkCaseForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			String reference = ((LinkCaseForm) target).getCaseReference();
			if (!StringUtils.hasText(reference)) {
				errors.rejectValue("caseReference", "cases.error.case-reference");
			}
			else if (!CaseReferences.looksLikeReference(reference)) {
				errors.rejectValue("caseReference", "cases.error.case-reference-format");
			}
		}

	}

	/** A case type's name: given, not too long. Whether another type has it is the controller's check. */
	static class CaseTypeValidator implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return CaseTypeForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			CaseTypeForm form = (CaseTypeForm) target;
			if (!StringUtils.hasText(form.getName())) {
				errors.rejectValue("name", "cases.error.type-name");
			}
			else {
				tooLong(errors, "name", form.getName(), TITLE_LENGTH);
			}
		}

	}

	private static void tooLong(Errors errors, String field, String value, int limit) {
		if (value != null && value.strip().length() > limit) {
			errors.rejectValue(field, "cases.error.too-long", new Object[] { limit }, null);
		}
	}

	static class CaseReportValidator implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return CaseReportForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			CaseReportForm form = (CaseReportForm) target;
			if (form.chosenSections().isEmpty()) {
				errors.rejectValue("sections", "cases.error.report-sections");
			}
			if (form.getRecipient() == null) {
				errors.rejectValue("recipient", "cases.error.report-recipient-missing");
			}
		}

	}

}

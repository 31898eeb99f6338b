package org.safercommunities.reporting;

import org.safercommunities.reporting.ReportCodes.Classification;
import org.safercommunities.reporting.StaffReportForms.DatesForm;
import org.safercommunities.reporting.StaffReportForms.PoliceReferenceForm;
import org.safercommunities.reporting.StaffReportForms.TriageForm;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules of the staff's forms on reports, one validator per form ({@code reporting.staff.error.*}). Whether a
 * report may be shared without consent is {@link ReportInbox}'s check; the controller records its refusal.
 */
final class StaffReportFormValidators {

	static final int POLICE_REFERENCE_LENGTH = 60;

	private StaffReportFormValidators() {
	}

	/** Dates typed in the list's filters must be dates; one message covers both. */
	static class DatesValidator implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return DatesForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			DatesForm form = (DatesForm) target;
			if (StringUtils.hasText(form.getFrom()) && form.fromDate() == null) {
				errors.rejectValue("from", "reporting.staff.error.date");
			}
			else if (StringUtils.hasText(form.getTo()) && form.toDate() == null) {
				errors.rejectValue("to", "reporting.staff.error.date");
			}
		}

	}

	/** A classification; for a non-crime hate incident, the keep-or-remove answer and what it needs. */
	static class TriageValidator implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return TriageForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			TriageForm form = (TriageForm) target;
			if (form.chosen() == null) {
				errors.rejectValue("classification", "reporting.staff.error.classification");
			}
			else if (form.chosen() == Classification.NON_CRIME_HATE_INCIDENT) {
				String keep = form.getKeepSubjectData();
				if (!"YES".equals(keep) && !"NO".equals(keep)) {
					errors.rejectValue("keepSubjectData", "reporting.staff.error.keep-subject-data");
				}
				else if ("YES".equals(keep) && !StringUtils.hasText(form.getJustification())) {
					errors.rejectValue("justification", "reporting.staff.error.justification");
				}
				else if ("NO".equals(keep) && !StringUtils.hasText(form.getRedactedAccount())) {
					errors.rejectValue("redactedAccount", "reporting.staff.error.redacted-account");
				}
			}
		}

	}

	/** The police reference: given, and short enough for the police's own systems. */
	static class PoliceReferenceValidator implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return PoliceReferenceForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			String reference = ((PoliceReferenceForm) target).getPoliceReference();
			if (!StringUtils.hasText(reference) || reference.length() > POLICE_REFERENCE_LENGTH) {
				errors.rejectValue("policeReference", "reporting.staff.error.police-reference");
			}
		}

	}

}

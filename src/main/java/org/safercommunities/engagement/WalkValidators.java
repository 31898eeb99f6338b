package org.safercommunities.engagement;

import java.time.LocalDate;
import java.util.function.Predicate;

import org.safercommunities.engagement.WalkForms.AdvanceIssueForm;
import org.safercommunities.engagement.WalkForms.AssignForm;
import org.safercommunities.engagement.WalkForms.CloseForm;
import org.safercommunities.engagement.WalkForms.GenerateForm;
import org.safercommunities.engagement.WalkForms.HeldForm;
import org.safercommunities.engagement.WalkForms.ScheduleForm;
import org.safercommunities.shared.UkDates;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** One plain validator per Ward Walk form. */
final class WalkValidators {

	private WalkValidators() {
	}

	record ScheduleValidator(Predicate<String> ward) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return ScheduleForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			ScheduleForm form = (ScheduleForm) target;
			if (!StringUtils.hasText(form.getWardCode()) || !ward.test(form.getWardCode())) {
				errors.rejectValue("wardCode", "walks.error.ward");
			}
			day(form.getWalkOn(), "walkOn", "walks.error.walk-on", errors);
			text(form.getMeetingPoint(), "meetingPoint", "walks.error.meeting-point", 300, true, errors);
			text(form.getServices(), "services", null, 500, false, errors);
		}

	}

	/** A walk still to come, arranged: the schedule form without the ward. */
	record ArrangeValidator() implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return ScheduleForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			ScheduleForm form = (ScheduleForm) target;
			day(form.getWalkOn(), "walkOn", "walks.error.walk-on", errors);
			text(form.getMeetingPoint(), "meetingPoint", "walks.error.meeting-point", 300, true, errors);
			text(form.getServices(), "services", null, 500, false, errors);
		}

	}

	/** One of the financial years offered (this one or the next). */
	record GenerateValidator(java.util.List<Integer> years) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return GenerateForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			String year = ((GenerateForm) target).getYear();
			if (year == null || !year.matches("\\d{4}") || !years.contains(Integer.valueOf(year))) {
				errors.rejectValue("year", "walks.error.year");
			}
		}

	}

	record HeldValidator() implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return HeldForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			text(((HeldForm) target).getServicesAttending(), "servicesAttending", "walks.error.services-attending", 500,
					true, errors);
		}

	}

	record AssignValidator(LocalDate raisedOn) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return AssignForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			AssignForm form = (AssignForm) target;
			text(form.getService(), "service", "walks.error.service", 200, true, errors);
			if (day(form.getDueOn(), "dueOn", "walks.error.due-on", errors)
					&& UkDates.parseDay(form.getDueOn()).get().isBefore(raisedOn)) {
				errors.rejectValue("dueOn", "walks.error.due-before-raised");
			}
		}

	}

	record CloseValidator() implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return CloseForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			text(((CloseForm) target).getOutcome(), "outcome", "walks.error.outcome", 1000, true, errors);
		}

	}

	record AdvanceIssueValidator(Predicate<String> category) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return AdvanceIssueForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			AdvanceIssueForm form = (AdvanceIssueForm) target;
			if (!category.test(form.getCategoryCode())) {
				errors.rejectValue("categoryCode", "walks.error.category");
			}
			text(form.getDescription(), "description", "walks.error.description", 2000, true, errors);
		}

	}

	private static boolean day(String value, String field, String missingCode, Errors errors) {
		if (!StringUtils.hasText(value)) {
			errors.rejectValue(field, missingCode);
			return false;
		}
		if (UkDates.parseDay(value).isEmpty()) {
			errors.rejectValue(field, "walks.error.date-format");
			return false;
		}
		return true;
	}

	private static void text(String value, String field, String missingCode, int max, boolean required, Errors errors) {
		if (!StringUtils.hasText(value)) {
			if (required) {
				errors.rejectValue(field, missingCode);
			}
		}
		else if (value.length() > max) {
			errors.rejectValue(field, "walks.error.too-long", new Object[] { max }, null);
		}
	}

}

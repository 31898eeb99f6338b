package org.safercommunities.centres;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.safercommunities.centres.CentreForms.DetailsForm;
import org.safercommunities.centres.CentreForms.SafeguardingForm;
import org.safercommunities.centres.CentreForms.StatusForm;
import org.safercommunities.centres.CentreForms.TrainingForm;
import org.safercommunities.shared.UkDates;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules of each coordinator form for a centre, one validator per form, with GOV.UK wording
 * ({@code centres.error.*}). Plain code: each is given what it checks against (the wards, today) when made.
 */
final class CentreFormValidators {

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	private static final String POSTCODE = "(?i)^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$";

	private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

	private CentreFormValidators() {
	}

	/** Registering an organisation as a centre: it must be one of those that may become one. */
	record RegistrationValidator(Set<Long> candidates) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return RegistrationForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			Long organisation = ((RegistrationForm) target).organisationId();
			if (organisation == null || !candidates.contains(organisation)) {
				errors.rejectValue("organisation", "centres.register.error");
			}
		}

	}

	/** The centre's public details, against the wards and the strands the partnership records. */
	record DetailsValidator(Set<String> wards, List<String> strandChoices) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return DetailsForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			DetailsForm form = (DetailsForm) target;
			required(form.getAddress(), "address", "centres.error.address", 300, errors);
			if (required(form.getPostcode(), "postcode", "centres.error.postcode", 100, errors)
					&& !form.getPostcode().strip().matches(POSTCODE)) {
				errors.rejectValue("postcode", "centres.error.postcode-format");
			}
			if (!StringUtils.hasText(form.getWardCode()) || !wards.contains(form.getWardCode())) {
				errors.rejectValue("wardCode", "centres.error.ward");
			}
			required(form.getOpeningTimes(), "openingTimes", "centres.error.opening-times", 500, errors);
			List<String> unknown = form.languageCodes().stream().filter(code -> !LANGUAGES.contains(code)).toList();
			if (!StringUtils.hasText(form.getLanguages())) {
				errors.rejectValue("languages", "centres.error.languages");
			}
			else if (!unknown.isEmpty()) {
				errors.rejectValue("languages", "centres.error.languages-unknown",
						new Object[] { String.join(", ", unknown) }, null);
			}
			optional(form.getAccessibility(), "accessibility", 1000, errors);
			if (!isYesNo(form.getOnlineReporting())) {
				errors.rejectValue("onlineReporting", "centres.error.online-reporting");
			}
			if (!isYesNo(form.getPaperForms())) {
				errors.rejectValue("paperForms", "centres.error.paper-forms");
			}
			if (StringUtils.hasText(form.getPhone()) && !form.getPhone().strip().matches("^[0-9 +()]{6,40}$")) {
				errors.rejectValue("phone", "centres.error.phone");
			}
			email(form.getEmail(), "email", errors);
			if (form.getStrands() != null && !strandChoices.containsAll(form.getStrands())) {
				errors.rejectValue("strands", "centres.error.strands");
			}
		}

	}

	/** The centre's lead and safeguarding arrangements: all optional, but well formed when given. */
	record SafeguardingValidator() implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return SafeguardingForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			SafeguardingForm form = (SafeguardingForm) target;
			optional(form.getLeadName(), "leadName", 200, errors);
			email(form.getLeadEmail(), "leadEmail", errors);
			if (!isYesNo(form.getSafeguardingPolicy())) {
				errors.rejectValue("safeguardingPolicy", "centres.error.safeguarding-policy");
			}
			if (StringUtils.hasText(form.getReviewDate()) && UkDates.parseDay(form.getReviewDate()).isEmpty()) {
				errors.rejectValue("reviewDate", "centres.error.date-format");
			}
			optional(form.getSafeguardingLeadName(), "safeguardingLeadName", 200, errors);
		}

	}

	/** A completed training record: who, which course, and a day that is not after today. */
	record TrainingValidator(LocalDate today) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return TrainingForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			TrainingForm form = (TrainingForm) target;
			required(form.getTrainee(), "trainee", "centres.error.trainee", 200, errors);
			required(form.getCourse(), "course", "centres.error.course", 200, errors);
			if (!StringUtils.hasText(form.getCompletedOn())) {
				errors.rejectValue("completedOn", "centres.error.completed-on");
			}
			else if (UkDates.parseDay(form.getCompletedOn()).isEmpty()) {
				errors.rejectValue("completedOn", "centres.error.date-format");
			}
			else if (UkDates.parseDay(form.getCompletedOn()).get().isAfter(today)) {
				errors.rejectValue("completedOn", "centres.error.completed-on-future");
			}
		}

	}

	/**
	 * A lifecycle change from the centre's current status, with a reason where the change needs one. Whether the
	 * centre meets the criteria is the management's check, recorded on {@code transition} by the controller.
	 */
	record StatusValidator(CentreStatus current) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return StatusForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			StatusForm form = (StatusForm) target;
			CentreTransition chosen = form.transition();
			if (chosen == null || !chosen.allowedFrom(current)) {
				errors.rejectValue("transition", "centres.error.transition");
				return;
			}
			if (chosen.needsReason() && !StringUtils.hasText(form.getReason())) {
				errors.rejectValue("reason", "centres.error.reason");
			}
			else {
				optional(form.getReason(), "reason", 1000, errors);
			}
		}

	}

	private static boolean required(String value, String field, String code, int max, Errors errors) {
		if (!StringUtils.hasText(value)) {
			errors.rejectValue(field, code);
			return false;
		}
		if (value.length() > max) {
			errors.rejectValue(field, "centres.error.too-long", new Object[] { max }, null);
			return false;
		}
		return true;
	}

	private static void optional(String value, String field, int max, Errors errors) {
		if (value != null && value.length() > max) {
			errors.rejectValue(field, "centres.error.too-long", new Object[] { max }, null);
		}
	}

	private static void email(String value, String field, Errors errors) {
		if (StringUtils.hasText(value) && (!value.strip().matches(EMAIL) || value.length() > 254)) {
			errors.rejectValue(field, "centres.error.email");
		}
	}

	private static boolean isYesNo(String value) {
		return "YES".equals(value) || "NO".equals(value);
	}

}

package org.safercommunities.feedback;

import java.util.Arrays;

import org.safercommunities.feedback.SurveyAnswers.Theme;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Themes from the list only; a comment goes in the annual report only if the person agreed to be quoted. */
record ThemesFormValidator(boolean quoteConsented) implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return ThemesForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ThemesForm form = (ThemesForm) target;
		if (form.getThemes().stream().anyMatch(code -> Arrays.stream(Theme.values()).noneMatch(t -> t.name().equals(code)))) {
			errors.rejectValue("themes", "feedback-staff.error.theme");
		}
		if (form.isForAnnualReport() && !quoteConsented) {
			errors.rejectValue("forAnnualReport", "feedback-staff.error.no-consent");
		}
	}

}

package org.safercommunities.reporting;

import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Added information must say something, within the length of the report's own long answers. */
class InformationFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return InformationForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		String information = ((InformationForm) target).getInformation();
		if (!StringUtils.hasText(information)) {
			errors.rejectValue("information", "reporting.follow-up.error.information");
		}
		else if (information.length() > ReportValidator.LONG_TEXT) {
			errors.rejectValue("information", "reporting.follow-up.error.too-long");
		}
	}

}

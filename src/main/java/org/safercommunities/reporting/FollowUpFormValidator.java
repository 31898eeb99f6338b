package org.safercommunities.reporting;

import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Both the reference and the secret words are needed; whether they match a report is the controller's check. */
class FollowUpFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return FollowUpForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		FollowUpForm form = (FollowUpForm) target;
		if (!StringUtils.hasText(form.getReference())) {
			errors.rejectValue("reference", "reporting.follow-up.error.reference");
		}
		if (!StringUtils.hasText(form.getSecret())) {
			errors.rejectValue("secret", "reporting.follow-up.error.secret");
		}
	}

}

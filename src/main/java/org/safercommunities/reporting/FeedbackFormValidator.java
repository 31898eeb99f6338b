package org.safercommunities.reporting;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** One of the answers offered must be chosen. */
class FeedbackFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return FeedbackForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		if (((FeedbackForm) target).chosen().isEmpty()) {
			errors.rejectValue("feedback", "reporting.follow-up.error.feedback");
		}
	}

}

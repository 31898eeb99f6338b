package org.safercommunities.performance;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Commentary must have text, within {@link CommentaryManagement}'s length. */
class CommentaryFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return CommentaryForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		if (!CommentaryManagement.valid(((CommentaryForm) target).getBody())) {
			errors.rejectValue("body", "performance.commentary.error.required");
		}
	}

}

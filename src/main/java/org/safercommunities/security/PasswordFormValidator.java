package org.safercommunities.security;

import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * A password change for the user signed in as {@code username}: the current password given, a new one
 * {@link PasswordPolicy} accepts, typed twice the same. Whether the current password is right is the controller's
 * check, once everything else is.
 */
record PasswordFormValidator(String username) implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return PasswordForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		PasswordForm form = (PasswordForm) target;
		if (!StringUtils.hasText(form.getCurrentPassword())) {
			errors.rejectValue("currentPassword", "password.current-blank");
		}
		PasswordPolicy.problemWith(form.getNewPassword(), username)
			.ifPresent(problem -> errors.rejectValue("newPassword", problem));
		if (!StringUtils.hasText(form.getConfirmPassword())) {
			errors.rejectValue("confirmPassword", "password.confirm-blank");
		}
		else if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmPassword())) {
			errors.rejectValue("confirmPassword", "password.mismatch");
		}
	}

}

package org.safercommunities.security;

import org.safercommunities.security.StaffUserForms.RolesForm;
import org.safercommunities.security.StaffUserForms.TemporaryPasswordForm;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** The rules of the forms on a staff user's page, one validator per form. */
final class StaffUserFormValidators {

	private StaffUserFormValidators() {
	}

	/** A staff user keeps at least one role. */
	static class RolesValidator implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return RolesForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			RolesForm form = (RolesForm) target;
			if (form.getRoles() == null || form.getRoles().isEmpty()) {
				errors.rejectValue("roles", "user.roles.blank");
			}
		}

	}

	/** A temporary password for the user with this email address must pass {@link PasswordPolicy}. */
	record TemporaryPasswordValidator(String email) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return TemporaryPasswordForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			PasswordPolicy.problemWith(((TemporaryPasswordForm) target).getTemporaryPassword(), email)
				.ifPresent(problem -> errors.rejectValue("temporaryPassword", problem));
		}

	}

}

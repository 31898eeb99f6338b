package org.safercommunities.security;

import java.util.regex.Pattern;

import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The administrator's "add a staff user" form: a name, a well-formed email address, an organisation, at least one
 * role, and a password {@link PasswordPolicy} accepts. Whether the email address is free is the controller's check.
 */
class NewUserFormValidator implements Validator {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	@Override
	public boolean supports(Class<?> type) {
		return NewUserForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		NewUserForm form = (NewUserForm) target;
		if (!StringUtils.hasText(form.getDisplayName())) {
			errors.rejectValue("displayName", "user.display-name.blank");
		}
		else if (form.getDisplayName().length() > 200) {
			errors.rejectValue("displayName", "user.display-name.too-long");
		}
		if (!StringUtils.hasText(form.getEmail())) {
			errors.rejectValue("email", "user.email.blank");
		}
		else if (form.getEmail().length() > 254 || !EMAIL.matcher(form.getEmail()).matches()) {
			errors.rejectValue("email", "user.email.invalid");
		}
		if (form.getOrganisationId() == null) {
			errors.rejectValue("organisationId", "user.organisation.blank");
		}
		if (form.getRoles() == null || form.getRoles().isEmpty()) {
			errors.rejectValue("roles", "user.roles.blank");
		}
		PasswordPolicy.problemWith(form.getPassword(), form.getEmail())
			.ifPresent(problem -> errors.rejectValue("password", problem));
	}

}

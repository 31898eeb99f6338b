package org.safercommunities.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safercommunities.shared.Role;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safercommunities.support.FormChecks.assertKeysExist;
import static org.safercommunities.support.FormChecks.codes;
import static org.safercommunities.support.FormChecks.validate;

/**
 * The "add a staff user" and "change your password" forms' rules, without Spring: every rule and every message
 * key. The password rules themselves are {@link PasswordPolicyTests}'; here, that their verdict is recorded.
 */
class StaffFormValidatorTests {

	private static final String GOOD_PASSWORD = "correct-horse-battery";

	private final NewUserFormValidator newUser = new NewUserFormValidator();

	private final PasswordFormValidator password = new PasswordFormValidator("sam.jones@barnet.example");

	@Test
	void aNewUserNeedsANameAnEmailAnOrganisationARoleAndAPassword() {
		Errors errors = validate(newUser, new NewUserForm());
		assertThat(codes(errors)).containsExactly(Map.entry("displayName", List.of("user.display-name.blank")),
				Map.entry("email", List.of("user.email.blank")),
				Map.entry("organisationId", List.of("user.organisation.blank")),
				Map.entry("roles", List.of("user.roles.blank")), Map.entry("password", List.of("password.blank")));
		assertKeysExist(errors, "staff");
		assertThat(validate(newUser, newUser("Sam Jones", "sam.jones@barnet.example", GOOD_PASSWORD)).hasErrors()).isFalse();
	}

	@Test
	void aNewUsersDetailsMustBeWellFormed() {
		Errors errors = validate(newUser, newUser("x".repeat(201), "sam.jones@barnet", "sam.jones-password"));
		assertThat(codes(errors)).containsExactly(Map.entry("displayName", List.of("user.display-name.too-long")),
				Map.entry("email", List.of("user.email.invalid")), Map.entry("password", List.of("password.contains-email")));
		assertKeysExist(errors, "staff");
		String tooLong = "x".repeat(250) + "@barnet.example";
		assertThat(codes(validate(newUser, newUser("Sam", tooLong, GOOD_PASSWORD))))
			.containsExactly(Map.entry("email", List.of("user.email.invalid")));
	}

	@Test
	void aPasswordChangeNeedsTheCurrentPasswordAndTheNewOneTwice() {
		Errors errors = validate(password, passwordForm(" ", null, ""));
		assertThat(codes(errors)).containsExactly(Map.entry("currentPassword", List.of("password.current-blank")),
				Map.entry("newPassword", List.of("password.blank")),
				Map.entry("confirmPassword", List.of("password.confirm-blank")));
		assertKeysExist(errors, "staff");
	}

	@Test
	void theNewPasswordMustPassThePolicyForThisUserAndBeTypedTheSameTwice() {
		Errors errors = validate(password, passwordForm("old-password-1", "sam.jones-2026-x", "sam.jones-2026-y"));
		assertThat(codes(errors)).containsExactly(Map.entry("newPassword", List.of("password.contains-email")),
				Map.entry("confirmPassword", List.of("password.mismatch")));
		assertKeysExist(errors, "staff");
		assertThat(validate(password, passwordForm("old-password-1", GOOD_PASSWORD, GOOD_PASSWORD)).hasErrors()).isFalse();
	}

	@Test
	void aStaffUserKeepsAtLeastOneRole() {
		StaffUserForms.RolesForm form = new StaffUserForms.RolesForm();
		Errors none = validate(new StaffUserFormValidators.RolesValidator(), form);
		assertThat(codes(none)).containsExactly(Map.entry("roles", List.of("user.roles.blank")));
		assertKeysExist(none, "staff");
		form.setRoles(EnumSet.of(Role.ANALYST));
		assertThat(validate(new StaffUserFormValidators.RolesValidator(), form).hasErrors()).isFalse();
	}

	@Test
	void aTemporaryPasswordMustPassThePolicyForThatUser() {
		var rules = new StaffUserFormValidators.TemporaryPasswordValidator("sam.jones@barnet.example");
		StaffUserForms.TemporaryPasswordForm form = new StaffUserForms.TemporaryPasswordForm();
		form.setTemporaryPassword("short");
		Errors errors = validate(rules, form);
		assertThat(codes(errors)).containsExactly(Map.entry("temporaryPassword", List.of("password.too-short")));
		assertKeysExist(errors, "staff");
		form.setTemporaryPassword(GOOD_PASSWORD);
		assertThat(validate(rules, form).hasErrors()).isFalse();
	}

	private static NewUserForm newUser(String name, String email, String password) {
		NewUserForm form = new NewUserForm();
		form.setDisplayName(name);
		form.setEmail(email);
		form.setOrganisationId(1L);
		form.setRoles(EnumSet.of(Role.OFFICER));
		form.setPassword(password);
		return form;
	}

	private static PasswordForm passwordForm(String current, String next, String confirm) {
		PasswordForm form = new PasswordForm();
		form.setCurrentPassword(current);
		form.setNewPassword(next);
		form.setConfirmPassword(confirm);
		return form;
	}

}

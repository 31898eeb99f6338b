package org.safercommunities.security;

/**
 * The sign-in form, for showing it again: Spring Security reads the posted fields itself, and sends back here with
 * the outcome. Only the email address comes back as typed; the password never does.
 */
class SignInForm {

	private final String email;

	SignInForm(String email) {
		this.email = email;
	}

	public String getEmail() {
		return email;
	}

}

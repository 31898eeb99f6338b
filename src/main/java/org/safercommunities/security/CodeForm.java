package org.safercommunities.security;

/** A code typed at sign-in or enrolment: from the authenticator app, or a recovery code. */
class CodeForm {

	private String code;

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

}

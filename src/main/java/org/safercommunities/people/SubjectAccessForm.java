package org.safercommunities.people;

import java.io.Serializable;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** The subject access request an export answers: its reference in the council's own request log. */
class SubjectAccessForm implements Serializable {

	private String request;

	public String getRequest() { return request; }
	public void setRequest(String request) { this.request = request; }

	/** A reference of letters, digits, dashes, slashes and spaces, up to 40 characters: it goes into the audit log. */
	record SubjectAccessValidator() implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return SubjectAccessForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			String request = ((SubjectAccessForm) target).getRequest();
			if (request == null || request.isBlank()) {
				errors.rejectValue("request", "sar.error.request-missing");
			}
			else if (request.strip().length() > 40) {
				errors.rejectValue("request", "sar.error.request-too-long");
			}
			else if (!request.strip().matches("[A-Za-z0-9][A-Za-z0-9 /_.-]*")) {
				errors.rejectValue("request", "sar.error.request-characters");
			}
		}

	}

}

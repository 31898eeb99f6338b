package org.safercommunities.directory;

import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** A rejected proposal needs a reason: the owner is told it. */
class RejectionFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return RejectionForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		RejectionForm form = (RejectionForm) target;
		if (!StringUtils.hasText(form.reason())) {
			errors.rejectValue(form.reasonField(), "directory-staff.reject.reason-blank");
		}
	}

}

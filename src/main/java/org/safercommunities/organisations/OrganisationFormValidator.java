package org.safercommunities.organisations;

import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** An organisation needs a name (of a sensible length) and a type. Whether the name is free is the controller's check. */
class OrganisationFormValidator implements Validator {

	static final int NAME_LENGTH = 200;

	@Override
	public boolean supports(Class<?> type) {
		return OrganisationForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		OrganisationForm form = (OrganisationForm) target;
		if (!StringUtils.hasText(form.getName())) {
			errors.rejectValue("name", "organisation.name.blank");
		}
		else if (form.getName().length() > NAME_LENGTH) {
			errors.rejectValue("name", "organisation.name.too-long");
		}
		if (form.getType() == null) {
			errors.rejectValue("type", "organisation.type.blank");
		}
	}

}

package org.safercommunities.referrals;

import java.util.Set;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** An organisation from the list, a description, and a deadline of 0 to 60 working days (0: the same day). */
class ReceivingServiceFormValidator implements Validator {

	static final int MAX_DAYS = 60;

	private final Set<Long> organisations;

	private final Set<String> supportKinds;

	ReceivingServiceFormValidator(Set<Long> organisations, Set<String> supportKinds) {
		this.organisations = Set.copyOf(organisations);
		this.supportKinds = Set.copyOf(supportKinds);
	}

	@Override
	public boolean supports(Class<?> type) {
		return ReceivingServiceForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ReceivingServiceForm form = (ReceivingServiceForm) target;
		if (form.getOrganisationId() == null || !organisations.contains(form.getOrganisationId())) {
			errors.rejectValue("organisationId", "referrals.services.error.organisation");
		}
		if (form.getDescription() == null || form.getDescription().isBlank()) {
			errors.rejectValue("description", "referrals.services.error.description");
		}
		else if (form.getDescription().strip().length() > 500) {
			errors.rejectValue("description", "referrals.services.error.description-long");
		}
		if (!form.isSafeguarding() && days(form.getDeadlineWorkingDays()) == null) {
			errors.rejectValue("deadlineWorkingDays", "referrals.services.error.days", new Object[] { MAX_DAYS }, null);
		}
		if (!supportKinds.containsAll(form.getSupportKinds())) {
			errors.rejectValue("supportKinds", "referrals.services.error.kinds");
		}
	}

	/** The typed number of working days, or null when it is not a whole number from 0 to {@link #MAX_DAYS}. */
	static Integer days(String typed) {
		try {
			int days = Integer.parseInt(typed == null ? "" : typed.strip());
			return days >= 0 && days <= MAX_DAYS ? days : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}

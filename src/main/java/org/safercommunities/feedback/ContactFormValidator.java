package org.safercommunities.feedback;

import java.time.LocalDate;

import org.safercommunities.shared.UkDates;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Real days, not before the report came in nor after today; a visit only with the contact before or on it. */
record ContactFormValidator(LocalDate receivedOn, LocalDate today) implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return ContactForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ContactForm form = (ContactForm) target;
		boolean contacted = day(form.getContactedOn(), "contactedOn", errors);
		if (!"YES".equals(form.getVisitAgreed()) && !"NO".equals(form.getVisitAgreed())) {
			errors.rejectValue("visitAgreed", "feedback-staff.error.visit-agreed");
		}
		boolean visited = day(form.getVisitedOn(), "visitedOn", errors);
		if (visited && StringUtils.hasText(form.getVisitedOn())) {
			if ("NO".equals(form.getVisitAgreed())) {
				errors.rejectValue("visitAgreed", "feedback-staff.error.visit-made");
			}
			if (!StringUtils.hasText(form.getContactedOn())) {
				errors.rejectValue("contactedOn", "feedback-staff.error.contact-before-visit");
			}
			else if (contacted && ContactForm.day(form.getContactedOn()).isAfter(ContactForm.day(form.getVisitedOn()))) {
				errors.rejectValue("visitedOn", "feedback-staff.error.visit-before-contact");
			}
		}
	}

	/** An empty field is fine; a filled one must be a real day from the report's to today. */
	private boolean day(String value, String field, Errors errors) {
		if (!StringUtils.hasText(value)) {
			return true;
		}
		var day = UkDates.parseDay(value);
		if (day.isEmpty()) {
			errors.rejectValue(field, "feedback-staff.error.date-format");
			return false;
		}
		if (day.get().isAfter(today)) {
			errors.rejectValue(field, "feedback-staff.error.date-future");
			return false;
		}
		if (day.get().isBefore(receivedOn)) {
			errors.rejectValue(field, "feedback-staff.error.date-before-report");
			return false;
		}
		return true;
	}

}

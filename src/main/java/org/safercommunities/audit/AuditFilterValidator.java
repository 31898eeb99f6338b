package org.safercommunities.audit;

import java.time.LocalDate;

import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** The filters are all optional; dates given must be dates, and the period must not end before it starts. */
class AuditFilterValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return AuditFilterForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		AuditFilterForm form = (AuditFilterForm) target;
		LocalDate from = date(form.getFrom(), "from", errors);
		LocalDate to = date(form.getTo(), "to", errors);
		if (from != null && to != null && to.isBefore(from)) {
			errors.rejectValue("to", "audit.filter.to-before-from");
		}
	}

	private static LocalDate date(String text, String field, Errors errors) {
		LocalDate date = AuditFilterForm.date(text);
		if (date == null && StringUtils.hasText(text)) {
			errors.rejectValue(field, "audit.filter.date-invalid." + field);
		}
		return date;
	}

}

package org.safercommunities.audit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Blank dates take the default period; dates given must be dates, in order, and at most
 * {@link UnusualAccess#MAX_DAYS} days apart, so one look cannot scan the whole log.
 */
class UnusualPeriodValidator implements Validator {

	private final LocalDate today;

	UnusualPeriodValidator(LocalDate today) {
		this.today = today;
	}

	@Override
	public boolean supports(Class<?> type) {
		return UnusualPeriodForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		UnusualPeriodForm form = (UnusualPeriodForm) target;
		boolean fromRead = readable(form.getFrom(), "from", errors);
		boolean toRead = readable(form.getTo(), "to", errors);
		if (!fromRead || !toRead) {
			return;
		}
		LocalDate start = form.start(today);
		LocalDate end = form.end(today);
		if (end.isBefore(start)) {
			errors.rejectValue("to", "audit.filter.to-before-from");
		}
		else if (ChronoUnit.DAYS.between(start, end) >= UnusualAccess.MAX_DAYS) {
			errors.rejectValue("to", "audit.unusual.period-too-long", new Object[] { UnusualAccess.MAX_DAYS }, null);
		}
	}

	private static boolean readable(String text, String field, Errors errors) {
		if (StringUtils.hasText(text) && AuditFilterForm.date(text) == null) {
			errors.rejectValue(field, "audit.filter.date-invalid." + field);
			return false;
		}
		return true;
	}

}

package org.safercommunities.centres;

import org.safercommunities.shared.UkDates;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;

/**
 * Checks a monthly return as typed. Plain rules, no web code: each problem gets its own GOV.UK message on the
 * field it is about, and the parsed figures come back only when there is none.
 */
final class ReturnValidator {

	static final int MOST = 9999;

	private ReturnValidator() {
	}

	/** What the check needs to know about the centre and its returns. */
	record Situation(LocalDate today, boolean correction, boolean centreActive, String centreName,
			Predicate<YearMonth> alreadySent) {
	}

	/** The outside-product figures, by line key, when the form is valid (blank lines count as 0). */
	static Map<String, Integer> validate(ReturnForm form, List<ReturnRows.Row> rows, Situation situation, Errors errors) {
		if (!situation.correction()) {
			if (!situation.centreActive()) {
				errors.rejectValue("centre", "centres.returns.error.centre-inactive", new Object[] { situation.centreName() },
						null);
			}
			checkMonth(form, situation, errors);
		}
		Map<String, Integer> outside = new LinkedHashMap<>();
		for (ReturnRows.Row row : rows) {
			String typed = form.getOutside().get(row.key());
			String field = "outside[" + row.key() + "]";
			Object label = new DefaultMessageSourceResolvable(row.messageKey());
			if (!StringUtils.hasText(typed)) {
				outside.put(row.key(), 0);
				continue;
			}
			String text = typed.strip().replace(",", "");
			if (!text.matches("-?\\d{1,9}")) {
				errors.rejectValue(field, "centres.returns.error.number", new Object[] { label }, null);
				continue;
			}
			int amount = Integer.parseInt(text);
			if (amount < 0) {
				errors.rejectValue(field, "centres.returns.error.negative", new Object[] { label }, null);
			}
			else if (amount > MOST) {
				errors.rejectValue(field, "centres.returns.error.too-many", new Object[] { label, MOST }, null);
			}
			else {
				outside.put(row.key(), amount);
			}
		}
		if (!errors.hasFieldErrors("outside*")) {
			int contacts = ReturnRows.total(outside);
			checkNotMore(outside, ReturnRows.CLASSIFICATION, contacts, rows, "centres.returns.error.classification-more", errors);
			checkNotMore(outside, ReturnRows.NOT_REPORTED, contacts, rows, "centres.returns.error.not-reported-more", errors);
		}
		if (form.getComment() != null && form.getComment().length() > 2000) {
			errors.rejectValue("comment", "centres.returns.error.comment-too-long");
		}
		if (situation.correction()) {
			if (!StringUtils.hasText(form.getReason())) {
				errors.rejectValue("reason", "centres.returns.error.reason");
			}
			else if (form.getReason().length() > 1000) {
				errors.rejectValue("reason", "centres.returns.error.reason-too-long");
			}
		}
		return errors.hasErrors() ? Map.of() : outside;
	}

	private static void checkMonth(ReturnForm form, Situation situation, Errors errors) {
		if (!StringUtils.hasText(form.getMonth())) {
			errors.rejectValue("month", "centres.returns.error.month-blank");
			return;
		}
		YearMonth month = UkDates.parseMonth(form.getMonth()).orElse(null);
		YearMonth current = YearMonth.from(situation.today());
		if (month == null) {
			errors.rejectValue("month", "centres.returns.error.month-format");
		}
		else if (month.isAfter(current)) {
			errors.rejectValue("month", "centres.returns.error.month-future", new Object[] { UkDates.month(month) }, null);
		}
		else if (month.equals(current)) {
			errors.rejectValue("month", "centres.returns.error.month-not-ended",
					new Object[] { UkDates.month(month), UkDates.month(month.plusMonths(1)) }, null);
		}
		else if (situation.alreadySent().test(month)) {
			errors.rejectValue("month", "centres.returns.error.month-sent", new Object[] { UkDates.month(month) }, null);
		}
	}

	private static void checkNotMore(Map<String, Integer> outside, String measure, int contacts, List<ReturnRows.Row> rows,
			String code, Errors errors) {
		if (ReturnRows.sumOf(outside, measure) > contacts) {
			ReturnRows.Row first = rows.stream().filter(row -> row.measure().equals(measure)).findFirst().orElseThrow();
			errors.rejectValue("outside[" + first.key() + "]", code, new Object[] { contacts }, null);
		}
	}

}

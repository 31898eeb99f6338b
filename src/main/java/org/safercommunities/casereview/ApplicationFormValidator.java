package org.safercommunities.casereview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.safercommunities.shared.UkDates;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Says exactly what is missing or wrong on the application, keeping what was typed. */
@Component
class ApplicationFormValidator implements Validator {

	static final int PROBLEM_LIMIT = 5000;

	private final Clock clock;

	ApplicationFormValidator(Clock clock) {
		this.clock = clock;
	}

	@Override
	public boolean supports(Class<?> type) {
		return ApplicationForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ApplicationForm form = (ApplicationForm) target;
		if (!List.of("SELF", "SOMEONE_ELSE").contains(String.valueOf(form.getForWhom()))) {
			errors.rejectValue("forWhom", "casereview.error.for-whom");
		}
		required(errors, "givenName", form.getGivenName(), "casereview.error.given-name");
		required(errors, "familyName", form.getFamilyName(), "casereview.error.family-name");
		if (blank(form.getEmail()) && blank(form.getPhone())) {
			errors.rejectValue("email", "casereview.error.contact");
		}
		else if (!blank(form.getEmail()) && !form.getEmail().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.rejectValue("email", "casereview.error.email");
		}
		required(errors, "problem", form.getProblem(), "casereview.error.problem");
		if (!blank(form.getProblem()) && form.getProblem().length() > PROBLEM_LIMIT) {
			errors.rejectValue("problem", "casereview.error.problem-long", new Object[] { PROBLEM_LIMIT }, null);
		}
		if (!List.of("YES", "NO").contains(String.valueOf(form.getHate()))) {
			errors.rejectValue("hate", "casereview.error.hate");
		}
		if (form.filledIncidents().isEmpty()) {
			errors.rejectValue("incidents[0].happenedOn", "casereview.error.no-incidents");
		}
		LocalDate today = LocalDate.now(clock);
		for (int row = 0; row < form.getIncidents().size(); row++) {
			ApplicationForm.IncidentRow incident = form.getIncidents().get(row);
			if (incident.filled()) {
				validateIncident(errors, "incidents[" + row + "].", incident, row + 1, today);
			}
		}
	}

	private static void validateIncident(Errors errors, String prefix, ApplicationForm.IncidentRow incident, int number,
			LocalDate today) {
		Object[] which = { number };
		Optional<LocalDate> happened = day(errors, prefix + "happenedOn", incident.getHappenedOn(), which, today,
				"casereview.error.happened");
		Optional<LocalDate> reported = day(errors, prefix + "reportedOn", incident.getReportedOn(), which, today,
				"casereview.error.reported");
		if (happened.isPresent() && reported.isPresent() && reported.get().isBefore(happened.get())) {
			errors.rejectValue(prefix + "reportedOn", "casereview.error.reported-before", which, null);
		}
		if (ReportedToChoice.of(incident.getReportedTo()).isEmpty()) {
			errors.rejectValue(prefix + "reportedTo", "casereview.error.reported-to", which, null);
		}
		if (incident.getReference() != null && incident.getReference().length() > 60) {
			errors.rejectValue(prefix + "reference", "casereview.error.reference", which, null);
		}
	}

	private static Optional<LocalDate> day(Errors errors, String field, String text, Object[] which, LocalDate today,
			String key) {
		Optional<LocalDate> day = UkDates.parseDay(text);
		if (day.isEmpty()) {
			errors.rejectValue(field, key, which, null);
		}
		else if (day.get().isAfter(today)) {
			errors.rejectValue(field, key + "-future", which, null);
			return Optional.empty();
		}
		return day;
	}

	private static void required(Errors errors, String field, String value, String key) {
		if (blank(value)) {
			errors.rejectValue(field, key);
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** The reported-to answer as the enum, when it is one. */
	static final class ReportedToChoice {

		private ReportedToChoice() {
		}

		static Optional<ReportedTo> of(String text) {
			for (ReportedTo value : ReportedTo.values()) {
				if (value.name().equals(text)) {
					return Optional.of(value);
				}
			}
			return Optional.empty();
		}

	}

}

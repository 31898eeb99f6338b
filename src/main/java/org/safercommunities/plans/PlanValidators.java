package org.safercommunities.plans;

import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;

import org.safercommunities.plans.PlanForms.ActionForm;
import org.safercommunities.plans.PlanForms.PriorityForm;
import org.safercommunities.plans.PlanForms.StrategyForm;
import org.safercommunities.plans.PlanForms.UpdateForm;
import org.safercommunities.shared.UkDates;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** One plain validator per plan form; the checks they share are the private helpers at the end. */
final class PlanValidators {

	private PlanValidators() {
	}

	/** @param organisation whether an id names an active organisation */
	record StrategyValidator(LongPredicate organisation) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return StrategyForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			StrategyForm form = (StrategyForm) target;
			required(form.getName(), "name", "plans.error.name", 200, errors);
			known(form.getOwnerOrganisationId(), organisation, "ownerOrganisationId", "plans.error.owner", errors);
			boolean from = day(form.getPeriodFrom(), "periodFrom", "plans.error.period-from", true, errors);
			boolean to = day(form.getPeriodTo(), "periodTo", "plans.error.period-to", true, errors);
			if (from && to && UkDates.parseDay(form.getPeriodTo()).orElseThrow()
				.isBefore(UkDates.parseDay(form.getPeriodFrom()).orElseThrow())) {
				errors.rejectValue("periodTo", "plans.error.period-order");
			}
			optional(form.getSource(), "source", 500, errors);
		}

	}

	/** @param numberTaken whether another priority of the strategy has this number */
	record PriorityValidator(LongPredicate numberTaken) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return PriorityForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			PriorityForm form = (PriorityForm) target;
			String number = form.getNumber() == null ? "" : form.getNumber().strip();
			if (!number.matches("\\d{1,3}") || Integer.parseInt(number) < 1) {
				errors.rejectValue("number", "plans.error.number");
			}
			else if (numberTaken.test(Integer.parseInt(number))) {
				errors.rejectValue("number", "plans.error.number-taken", new Object[] { Integer.parseInt(number) }, null);
			}
			required(form.getTitle(), "title", "plans.error.title", 500, errors);
			optional(form.getOutcomes(), "outcomes", 8000, errors);
		}

	}

	/**
	 * @param organisation whether an id names an active organisation
	 * @param staffOrganisation the organisation an enabled staff member belongs to, by their id
	 * @param indicatorCodes the dashboard's indicator codes
	 */
	record ActionValidator(LongPredicate organisation, LongFunction<Optional<Long>> staffOrganisation,
			Set<String> indicatorCodes) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return ActionForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			ActionForm form = (ActionForm) target;
			required(form.getReference(), "reference", "plans.error.reference", 40, errors);
			required(form.getWhat(), "what", "plans.error.what", 4000, errors);
			boolean organisationKnown = known(form.getLeadOrganisationId(), organisation, "leadOrganisationId",
					"plans.error.lead-organisation", errors);
			if (StringUtils.hasText(form.getLeadUserId())) {
				Optional<Long> theirs = isId(form.getLeadUserId())
						? staffOrganisation.apply(Long.parseLong(form.getLeadUserId().strip())) : Optional.empty();
				if (theirs.isEmpty()) {
					errors.rejectValue("leadUserId", "plans.error.lead-officer");
				}
				else if (organisationKnown && theirs.get() != Long.parseLong(form.getLeadOrganisationId().strip())) {
					errors.rejectValue("leadUserId", "plans.error.lead-officer-organisation");
				}
			}
			day(form.getDeadline(), "deadline", null, false, errors);
			optional(form.getOutputMeasures(), "outputMeasures", 2000, errors);
			for (String code : PlanForms.codes(form.getIndicatorCodes())) {
				if (!indicatorCodes.contains(code)) {
					errors.rejectValue("indicatorCodes", "plans.error.indicator", new Object[] { code }, null);
					break;
				}
			}
		}

	}

	record UpdateValidator() implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return UpdateForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			UpdateForm form = (UpdateForm) target;
			Rag rag = rag(form.getRag());
			if (rag == null) {
				errors.rejectValue("rag", "plans.error.rag");
			}
			else if ((rag == Rag.RED || rag == Rag.AMBER) && !StringUtils.hasText(form.getReason())) {
				// Red and amber need a reason the board can act on; green and complete may speak for themselves.
				errors.rejectValue("reason", "plans.error.reason");
			}
			optional(form.getReason(), "reason", 2000, errors);
			required(form.getText(), "text", "plans.error.update-text", 4000, errors);
		}

		static Rag rag(String typed) {
			for (Rag each : Rag.values()) {
				if (each.name().equals(typed)) {
					return each;
				}
			}
			return null;
		}

	}

	private static boolean isId(String typed) {
		return typed != null && typed.strip().matches("\\d{1,18}");
	}

	/**
	 * @param nameTaken whether a board already has this name
	 * @param organisation whether an id names an active organisation
	 */
	record BoardValidator(java.util.function.Predicate<String> nameTaken, LongPredicate organisation) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return PlanForms.BoardForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			PlanForms.BoardForm form = (PlanForms.BoardForm) target;
			required(form.getName(), "name", "plans.error.board-name", 200, errors);
			if (StringUtils.hasText(form.getName()) && nameTaken.test(form.getName().strip())) {
				errors.rejectValue("name", "plans.error.board-name-taken");
			}
			if (form.getMemberOrganisationIds().isEmpty()) {
				errors.rejectValue("memberOrganisationIds", "plans.error.board-members");
			}
			else if (form.getMemberOrganisationIds().stream().anyMatch(id -> !isId(id) || !organisation.test(Long.parseLong(id.strip())))) {
				errors.rejectValue("memberOrganisationIds", "plans.error.board-member-unknown");
			}
		}

	}

	/** @param dayTaken whether the board already meets on that day */
	record MeetingValidator(java.util.function.Predicate<java.time.LocalDate> dayTaken) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return PlanForms.MeetingForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			PlanForms.MeetingForm form = (PlanForms.MeetingForm) target;
			if (day(form.getMeetsOn(), "meetsOn", "plans.error.meets-on", true, errors)
					&& dayTaken.test(UkDates.parseDay(form.getMeetsOn()).orElseThrow())) {
				errors.rejectValue("meetsOn", "plans.error.meets-on-taken");
			}
		}

	}

	/** Every chosen indicator is one of the dashboard's. */
	record PackChartsValidator(java.util.Set<String> indicatorCodes) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return PlanForms.PackChartsForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			PlanForms.PackChartsForm form = (PlanForms.PackChartsForm) target;
			if (!indicatorCodes.containsAll(form.getIndicatorCodes())) {
				errors.rejectValue("indicatorCodes", "plans.charts.unknown");
			}
		}

	}

	private static boolean known(String typed, LongPredicate exists, String field, String code, Errors errors) {
		if (!isId(typed) || !exists.test(Long.parseLong(typed.strip()))) {
			errors.rejectValue(field, code);
			return false;
		}
		return true;
	}

	/** A date as d/M/yyyy or a written date; required ones need {@code missingCode}. Returns whether it is good. */
	private static boolean day(String typed, String field, String missingCode, boolean required, Errors errors) {
		if (!StringUtils.hasText(typed)) {
			if (required) {
				errors.rejectValue(field, missingCode);
			}
			return false;
		}
		if (UkDates.parseDay(typed).isEmpty()) {
			errors.rejectValue(field, "plans.error.date-format");
			return false;
		}
		return true;
	}

	private static void required(String value, String field, String code, int max, Errors errors) {
		if (!StringUtils.hasText(value)) {
			errors.rejectValue(field, code);
		}
		else {
			optional(value, field, max, errors);
		}
	}

	private static void optional(String value, String field, int max, Errors errors) {
		if (value != null && value.strip().length() > max) {
			errors.rejectValue(field, "plans.error.too-long", new Object[] { max }, null);
		}
	}

}

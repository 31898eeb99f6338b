package org.safercommunities.cases;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safercommunities.cases.CaseWorkForms.ActionCloseForm;
import org.safercommunities.cases.CaseWorkForms.ActionForm;
import org.safercommunities.cases.CaseWorkForms.ReviewForm;
import org.safercommunities.cases.CaseWorkForms.ReviewScheduleForm;
import org.safercommunities.cases.CaseWorkForms.RiskForm;
import org.safercommunities.cases.CaseWorkForms.VictimsCodeForm;
import org.safercommunities.shared.UkDates;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules of each case work form, one validator per form, in GOV.UK wording ({@code cases.work.error.*}). Plain
 * code: each is given what it checks against (today, the settings, who may own an action) when made.
 */
final class CaseWorkValidators {

	static final int TEXT_MAX = 4000;

	private CaseWorkValidators() {
	}

	/** Every question answered yes or no; an override has a level other than the score's and a reason. */
	record RiskValidator(RiskSettings settings) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return RiskForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			RiskForm form = (RiskForm) target;
			boolean complete = true;
			for (RiskQuestion question : RiskQuestion.values()) {
				String answer = form.answer(question);
				if (!"YES".equals(answer) && !"NO".equals(answer)) {
					complete = false;
					errors.rejectValue("answers[" + question.field() + "]", "cases.work.error.risk-answer",
							new Object[] { new DefaultMessageSourceResolvable(question.messageKey()) }, null);
				}
			}
			boolean levelGiven = StringUtils.hasText(form.getOverrideLevel());
			boolean reasonGiven = StringUtils.hasText(form.getOverrideReason());
			if (levelGiven && form.override() == null) {
				errors.rejectValue("overrideLevel", "cases.work.error.override-level");
			}
			else if (levelGiven && complete
					&& form.override() == RiskScoring.score(form.yes(), settings).level()) {
				errors.rejectValue("overrideLevel", "cases.work.error.override-same",
						new Object[] { new DefaultMessageSourceResolvable(form.override().messageKey()) }, null);
			}
			if (levelGiven && !reasonGiven) {
				errors.rejectValue("overrideReason", "cases.work.error.override-reason");
			}
			else if (!levelGiven && reasonGiven) {
				errors.rejectValue("overrideLevel", "cases.work.error.override-level-missing");
			}
			tooLong(form.getOverrideReason(), "overrideReason", errors);
		}

	}

	/**
	 * A new action: what, an owner organisation the case may give work to, an owner person (if any) of that
	 * organisation, and a due date from today on.
	 *
	 * @param members the people each organisation offers as owners, by organisation id
	 */
	record ActionValidator(LocalDate today, Set<Long> organisations, Map<Long, Set<Long>> members) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return ActionForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			ActionForm form = (ActionForm) target;
			required(form.getWhat(), "what", "cases.work.error.action-what", errors);
			Long organisation = form.organisationId();
			if (organisation == null || !organisations.contains(organisation)) {
				errors.rejectValue("ownerOrganisation", "cases.work.error.action-organisation");
			}
			else if (StringUtils.hasText(form.getOwnerPerson())
					&& !members.getOrDefault(organisation, Set.of()).contains(form.personId())) {
				errors.rejectValue("ownerPerson", "cases.work.error.action-person");
			}
			date(form.getDueOn(), "dueOn", "cases.work.error.action-due", errors)
				.filter(due -> due.isBefore(today))
				.ifPresent(due -> errors.rejectValue("dueOn", "cases.work.error.action-due-past"));
		}

	}

	/** Done or cancelled, on a day not after today; a cancellation says why. */
	record ActionCloseValidator(LocalDate today) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return ActionCloseForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			ActionCloseForm form = (ActionCloseForm) target;
			if (form.status() == null) {
				errors.rejectValue("outcome", "cases.work.error.action-outcome");
			}
			notAfterToday(date(form.getClosedOn(), "closedOn", "cases.work.error.action-closed-on", errors), today,
					"closedOn", errors);
			if (form.status() == ActionStatus.CANCELLED && !StringUtils.hasText(form.getNote())) {
				errors.rejectValue("note", "cases.work.error.action-cancel-note");
			}
			tooLong(form.getNote(), "note", errors);
		}

	}

	/** The next review's target: a real date from today on. */
	record ReviewScheduleValidator(LocalDate today) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return ReviewScheduleForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			date(((ReviewScheduleForm) target).getTargetOn(), "targetOn", "cases.work.error.review-target", errors)
				.filter(day -> day.isBefore(today))
				.ifPresent(day -> errors.rejectValue("targetOn", "cases.work.error.review-target-past"));
		}

	}

	/**
	 * A review done, against the review's timing: a day not after today, a note, a late reason when done after the
	 * target, and the next review's target after the day it was done.
	 */
	record ReviewValidator(LocalDate today, ReviewTiming timing) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return ReviewForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			ReviewForm form = (ReviewForm) target;
			Optional<LocalDate> completed = notAfterToday(
					date(form.getCompletedOn(), "completedOn", "cases.work.error.review-completed-on", errors), today,
					"completedOn", errors);
			required(form.getNote(), "note", "cases.work.error.review-note", errors);
			if (completed.isPresent() && timing.lateOn(completed.get())) {
				if (!StringUtils.hasText(form.getLateReason())) {
					errors.rejectValue("lateReason", "cases.work.error.review-late-reason",
							new Object[] { UkDates.day(timing.targetOn()) }, null);
				}
			}
			tooLong(form.getLateReason(), "lateReason", errors);
			Optional<LocalDate> next = date(form.getNextTargetOn(), "nextTargetOn", "cases.work.error.review-next",
					errors);
			if (next.isPresent() && completed.isPresent() && !next.get().isAfter(completed.get())) {
				errors.rejectValue("nextTargetOn", "cases.work.error.review-next-before");
			}
		}

	}

	/**
	 * The Victims' Code checklist: every date real and not after today; a referral names who it went to (and who
	 * it went to has a date); an answer to Restorative Justice only once it was offered, and one when it was.
	 */
	record VictimsCodeValidator(LocalDate today) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return VictimsCodeForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			VictimsCodeForm form = (VictimsCodeForm) target;
			optionalDate(form.getInformedOn(), "informedOn", errors);
			optionalDate(form.getNeedsAssessedOn(), "needsAssessedOn", errors);
			optionalDate(form.getReferredOn(), "referredOn", errors);
			if (StringUtils.hasText(form.getReferredOn()) && !StringUtils.hasText(form.getReferredTo())) {
				errors.rejectValue("referredTo", "cases.work.error.victims-referred-to");
			}
			else if (!StringUtils.hasText(form.getReferredOn()) && StringUtils.hasText(form.getReferredTo())) {
				errors.rejectValue("referredOn", "cases.work.error.victims-referred-on");
			}
			if (form.getReferredTo() != null && form.getReferredTo().length() > 300) {
				errors.rejectValue("referredTo", "cases.work.error.too-long", new Object[] { 300 }, null);
			}
			optionalDate(form.getUpdateGivenOn(), "updateGivenOn", errors);
			optionalDate(form.getRjOfferedOn(), "rjOfferedOn", errors);
			boolean answered = StringUtils.hasText(form.getRjAnswer());
			if (answered && RestorativeJusticeAnswer.of(form.getRjAnswer()).isEmpty()) {
				errors.rejectValue("rjAnswer", "cases.work.error.victims-rj-answer");
			}
			else if (StringUtils.hasText(form.getRjOfferedOn()) && !answered) {
				errors.rejectValue("rjAnswer", "cases.work.error.victims-rj-answer");
			}
			else if (!StringUtils.hasText(form.getRjOfferedOn()) && answered) {
				errors.rejectValue("rjOfferedOn", "cases.work.error.victims-rj-offered");
			}
		}

		/** A date left blank is fine; one typed must be real and not in the future. Whether it was valid. */
		private boolean optionalDate(String typed, String field, Errors errors) {
			if (!StringUtils.hasText(typed)) {
				return false;
			}
			Optional<LocalDate> day = UkDates.parseDay(typed);
			if (day.isEmpty()) {
				errors.rejectValue(field, "cases.work.error.date-format");
				return false;
			}
			if (day.get().isAfter(today)) {
				errors.rejectValue(field, "cases.work.error.date-future");
				return false;
			}
			return true;
		}

	}

	private static boolean required(String value, String field, String code, Errors errors) {
		if (!StringUtils.hasText(value)) {
			errors.rejectValue(field, code);
			return false;
		}
		return tooLong(value, field, errors);
	}

	private static boolean tooLong(String value, String field, Errors errors) {
		if (value != null && value.length() > TEXT_MAX) {
			errors.rejectValue(field, "cases.work.error.too-long", new Object[] { TEXT_MAX }, null);
			return false;
		}
		return true;
	}

	/** A required date: empty (with the error recorded) when missing or not a real date. */
	private static Optional<LocalDate> date(String typed, String field, String missingCode, Errors errors) {
		if (!StringUtils.hasText(typed)) {
			errors.rejectValue(field, missingCode);
			return Optional.empty();
		}
		Optional<LocalDate> day = UkDates.parseDay(typed);
		if (day.isEmpty()) {
			errors.rejectValue(field, "cases.work.error.date-format");
		}
		return day;
	}

	private static Optional<LocalDate> notAfterToday(Optional<LocalDate> day, LocalDate today, String field,
			Errors errors) {
		if (day.isPresent() && day.get().isAfter(today)) {
			errors.rejectValue(field, "cases.work.error.date-future");
			return Optional.empty();
		}
		return day;
	}

}

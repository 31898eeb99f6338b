package org.safercommunities.casereview;

import java.time.LocalDate;
import java.util.List;

import org.safercommunities.casereview.CaseReviewForms.AppealForm;
import org.safercommunities.casereview.CaseReviewForms.BankHolidayForm;
import org.safercommunities.casereview.CaseReviewForms.DecisionForm;
import org.safercommunities.casereview.CaseReviewForms.ReviewForm;
import org.safercommunities.shared.UkDates;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** One validator per staff form of the Case Review. */
final class CaseReviewValidators {

	private CaseReviewValidators() {
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	static final class Decision implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return DecisionForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			DecisionForm form = (DecisionForm) target;
			if (!List.of("YES", "NO").contains(String.valueOf(form.getAccepted()))) {
				errors.rejectValue("accepted", "casereview.staff.error.accepted");
			}
			if (blank(form.getReason())) {
				errors.rejectValue("reason", "casereview.staff.error.reason");
			}
		}

	}

	static final class Review implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return ReviewForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			ReviewForm form = (ReviewForm) target;
			if (UkDates.parseDay(form.getHeldOn()).isEmpty()) {
				errors.rejectValue("heldOn", "casereview.staff.error.held-on");
			}
			if (blank(form.getRecommendations())) {
				errors.rejectValue("recommendations", "casereview.staff.error.recommendations");
			}
			if (List.of(Outcome.values()).stream().noneMatch(outcome -> outcome.name().equals(form.getOutcome()))) {
				errors.rejectValue("outcome", "casereview.staff.error.outcome");
			}
		}

	}

	/** The appeal must come within the period after the outcome letter ({@code appealBy}). */
	static final class Appeal implements Validator {

		private final LocalDate appealBy;

		Appeal(LocalDate appealBy) {
			this.appealBy = appealBy;
		}

		@Override
		public boolean supports(Class<?> type) {
			return AppealForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			AppealForm form = (AppealForm) target;
			var received = UkDates.parseDay(form.getReceivedOn());
			if (received.isEmpty()) {
				errors.rejectValue("receivedOn", "casereview.staff.error.received-on");
			}
			else if (appealBy == null || received.get().isAfter(appealBy)) {
				errors.rejectValue("receivedOn", "casereview.staff.error.appeal-late",
						new Object[] { appealBy == null ? "" : UkDates.day(appealBy) }, null);
			}
			if (!List.of("YES", "NO").contains(String.valueOf(form.getUpheld()))) {
				errors.rejectValue("upheld", "casereview.staff.error.upheld");
			}
			if (blank(form.getReason())) {
				errors.rejectValue("reason", "casereview.staff.error.reason");
			}
		}

	}

	static final class BankHoliday implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return BankHolidayForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			BankHolidayForm form = (BankHolidayForm) target;
			if (UkDates.parseDay(form.getDay()).isEmpty()) {
				errors.rejectValue("day", "casereview.staff.error.day");
			}
			if (blank(form.getName()) || form.getName().length() > 100) {
				errors.rejectValue("name", "casereview.staff.error.name");
			}
		}

	}

}

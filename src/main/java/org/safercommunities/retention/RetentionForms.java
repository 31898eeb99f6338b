package org.safercommunities.retention;

import java.util.function.Predicate;

import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** The retention page's two forms, as typed: a legal hold on a record, and an erasure on request. */
final class RetentionForms {

	static final int REASON_MAX = 1000;

	private RetentionForms() {
	}

	/** Which record, and why: the same three fields for a hold and for an erasure. */
	static class RecordForm {

		private String recordType;
		private String recordId;
		private String reason;

		long id() {
			return Long.parseLong(recordId.strip());
		}

		public String getRecordType() { return recordType; }
		public void setRecordType(String recordType) { this.recordType = recordType; }
		public String getRecordId() { return recordId; }
		public void setRecordId(String recordId) { this.recordId = recordId; }
		public String getReason() { return reason; }
		public void setReason(String reason) { this.reason = reason; }

	}

	/** A known record type, a whole-number id, and a reason that fits. */
	static final class RecordRules implements Validator {

		private final Predicate<String> knownType;

		RecordRules(Predicate<String> knownType) {
			this.knownType = knownType;
		}

		@Override
		public boolean supports(Class<?> type) {
			return RecordForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			RecordForm form = (RecordForm) target;
			if (!StringUtils.hasText(form.getRecordType()) || !knownType.test(form.getRecordType())) {
				errors.rejectValue("recordType", "retention.error.type");
			}
			if (!StringUtils.hasText(form.getRecordId()) || !form.getRecordId().strip().matches("\\d{1,18}")) {
				errors.rejectValue("recordId", "retention.error.id");
			}
			if (!StringUtils.hasText(form.getReason())) {
				errors.rejectValue("reason", "retention.error.reason");
			}
			else if (form.getReason().strip().length() > REASON_MAX) {
				errors.rejectValue("reason", "retention.error.reason-long", new Object[] { REASON_MAX }, null);
			}
		}

	}

	/** A review of a record due for it: keep (with a reason and the next review day) or anonymise (with a reason). */
	static class ReviewForm {

		private String decision;
		private String reason;
		private String nextReview;

		boolean keeps() {
			return "KEEP".equals(decision);
		}

		java.util.Optional<java.time.LocalDate> nextReviewDay() {
			return org.safercommunities.shared.UkDates.parseDay(nextReview);
		}

		public String getDecision() { return decision; }
		public void setDecision(String decision) { this.decision = decision; }
		public String getReason() { return reason; }
		public void setReason(String reason) { this.reason = reason; }
		public String getNextReview() { return nextReview; }
		public void setNextReview(String nextReview) { this.nextReview = nextReview; }

	}

	/** A decision; a reason that fits; when kept, a next review day after today and within the type's period. */
	static final class ReviewRules implements Validator {

		private final java.time.LocalDate today;

		private final java.time.Period period;

		ReviewRules(java.time.LocalDate today, java.time.Period period) {
			this.today = today;
			this.period = period;
		}

		@Override
		public boolean supports(Class<?> type) {
			return ReviewForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			ReviewForm form = (ReviewForm) target;
			if (!"KEEP".equals(form.getDecision()) && !"ANONYMISE".equals(form.getDecision())) {
				errors.rejectValue("decision", "retention.error.decision");
			}
			if (!StringUtils.hasText(form.getReason())) {
				errors.rejectValue("reason", "retention.error.review-reason");
			}
			else if (form.getReason().strip().length() > REASON_MAX) {
				errors.rejectValue("reason", "retention.error.reason-long", new Object[] { REASON_MAX }, null);
			}
			if (form.keeps()) {
				java.util.Optional<java.time.LocalDate> next = form.nextReviewDay();
				if (!StringUtils.hasText(form.getNextReview())) {
					errors.rejectValue("nextReview", "retention.error.next-review");
				}
				else if (next.isEmpty()) {
					errors.rejectValue("nextReview", "retention.error.next-review-date");
				}
				else if (!next.get().isAfter(today) || next.get().isAfter(today.plus(period))) {
					errors.rejectValue("nextReview", "retention.error.next-review-range",
							new Object[] { org.safercommunities.shared.UkDates.day(today.plus(period)) }, null);
				}
			}
		}

	}

}

package org.safercommunities.people;

import java.io.Serializable;
import java.util.Set;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** The people pages' small forms (search, merge) and their rules, with GOV.UK wording ({@code people.error.*}). */
final class PeopleForms {

	private PeopleForms() {
	}

	/** What an officer typed to look someone up: a full name, a phone number, an e-mail address or a postcode. */
	static class SearchForm implements Serializable {

		private String q;

		public String getQ() { return q; }
		public void setQ(String q) { this.q = q; }

	}

	record SearchValidator() implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return SearchForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			SearchForm form = (SearchForm) target;
			if (form.getQ() == null || form.getQ().isBlank()) {
				errors.rejectValue("q", "people.error.search");
			}
			else if (form.getQ().length() > 300) {
				errors.rejectValue("q", "people.error.too-long", new Object[] { 300 }, null);
			}
		}

	}

	/** Merging one of the possible duplicates into the person whose page it is. */
	static class MergeForm implements Serializable {

		private String otherId;

		private String reason;

		Long other() {
			try {
				return otherId == null ? null : Long.valueOf(otherId.strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

		public String getOtherId() { return otherId; }
		public void setOtherId(String otherId) { this.otherId = otherId; }
		public String getReason() { return reason; }
		public void setReason(String reason) { this.reason = reason; }

	}

	/** The person merged away must be one of those offered (possible duplicates, none merged away), with a reason. */
	record MergeValidator(Set<Long> offered) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return MergeForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			MergeForm form = (MergeForm) target;
			if (form.other() == null || !offered.contains(form.other())) {
				errors.rejectValue("otherId", "people.error.merge-choose");
			}
			if (form.getReason() == null || form.getReason().isBlank()) {
				errors.rejectValue("reason", "people.error.merge-reason");
			}
			else if (form.getReason().length() > 1000) {
				errors.rejectValue("reason", "people.error.too-long", new Object[] { 1000 }, null);
			}
		}

	}

}

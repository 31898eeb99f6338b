package org.safercommunities.plans;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** What an officer writes in one section of the annual report: free text, blank to clear it. */
class NarrativeForm {

	static final int MAX = 20_000;

	private String narrative;

	public String getNarrative() { return narrative; }
	public void setNarrative(String narrative) { this.narrative = narrative; }

	/** The narrative may be blank (the section is cleared) but no longer than the column holds. */
	static final class Rules implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return NarrativeForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			String narrative = ((NarrativeForm) target).getNarrative();
			if (narrative != null && narrative.strip().length() > MAX) {
				errors.rejectValue("narrative", "plans.error.too-long", new Object[] { MAX }, null);
			}
		}

	}

}

package org.safercommunities.plans;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** The officer's own words around a case study in the annual report: optional, and must not name anyone. */
class CaseStudyForm {

	static final int MAX = 5_000;

	private String introduction;

	public String getIntroduction() { return introduction; }
	public void setIntroduction(String introduction) { this.introduction = introduction; }

	/** The words may be blank (the study stands alone) but no longer than the column holds. */
	static final class Rules implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return CaseStudyForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			String introduction = ((CaseStudyForm) target).getIntroduction();
			if (introduction != null && introduction.strip().length() > MAX) {
				errors.rejectValue("introduction", "plans.error.too-long", new Object[] { MAX }, null);
			}
		}

	}

}

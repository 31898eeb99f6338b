package org.safercommunities.referrals;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** A decline needs its reason and a completion its outcome: the words are required, with the page's own message. */
class ReferralAnswerFormValidator implements Validator {

	private final String missingKey;

	ReferralAnswerFormValidator(String missingKey) {
		this.missingKey = missingKey;
	}

	@Override
	public boolean supports(Class<?> type) {
		return ReferralAnswerForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		String text = ((ReferralAnswerForm) target).getText();
		if (text == null || text.isBlank()) {
			errors.rejectValue("text", missingKey);
		}
		else if (text.strip().length() > ReferralAnswerForm.MAX) {
			errors.rejectValue("text", "referrals.error.text-long", new Object[] { ReferralAnswerForm.MAX }, null);
		}
	}

}

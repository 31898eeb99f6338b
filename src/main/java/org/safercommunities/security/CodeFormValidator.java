package org.safercommunities.security;

import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The code's shape: six digits from the app, or a recovery code of ten letters and digits. Whether it is right is
 * {@link SecondFactor}'s check, once the shape is.
 */
record CodeFormValidator(boolean recoveryCode) implements Validator {

	static final CodeFormValidator APP = new CodeFormValidator(false);

	static final CodeFormValidator RECOVERY = new CodeFormValidator(true);

	@Override
	public boolean supports(Class<?> type) {
		return CodeForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		String code = ((CodeForm) target).getCode();
		if (!StringUtils.hasText(code)) {
			errors.rejectValue("code", recoveryCode ? "mfa.recovery.blank" : "mfa.code.blank");
		}
		else if (recoveryCode && !SecondFactor.normaliseRecoveryCode(code).matches("[a-z0-9]{10}")) {
			errors.rejectValue("code", "mfa.recovery.format");
		}
		else if (!recoveryCode && !TotpCodes.looksLikeACode(code)) {
			errors.rejectValue("code", "mfa.code.format");
		}
	}

}

package org.safercommunities.enforcement;

import java.util.Set;

import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Changing a recorded tool or power: a correction of what it says, or its withdrawal, each with the reason that goes
 * on the case's timeline. The forms keep what was typed; one validator per form.
 */
final class ToolChangeForms {

	private ToolChangeForms() {
	}

	/** What a correction may change: conditions, compliance date, premises; and why. */
	static class CorrectionForm {

		private String conditions;

		private String complianceOn;

		private String premises;

		private String reason;

		EnforcementRegister.ToolCorrection toCorrection() {
			return new EnforcementRegister.ToolCorrection(StringUtils.hasText(conditions) ? conditions.strip() : null,
					EnforcementForms.day(complianceOn), StringUtils.hasText(premises) ? premises.strip() : null, reason);
		}

		public String getConditions() { return conditions; }
		public void setConditions(String conditions) { this.conditions = conditions; }
		public String getComplianceOn() { return complianceOn; }
		public void setComplianceOn(String complianceOn) { this.complianceOn = complianceOn; }
		public String getPremises() { return premises; }
		public void setPremises(String premises) { this.premises = premises; }
		public String getReason() { return reason; }
		public void setReason(String reason) { this.reason = reason; }

	}

	/** Why a tool or power is withdrawn. */
	static class WithdrawalForm {

		private String reason;

		public String getReason() { return reason; }
		public void setReason(String reason) { this.reason = reason; }

	}

	/**
	 * A correction: a reason; a compliance date that is a day; conditions still there for a warning or notice; the
	 * premises still there for a tool served on premises ({@code onPremises}: a closure, or a notice with no person).
	 */
	record CorrectionValidator(ToolKind kind, boolean onPremises) implements Validator {

		private static final Set<ToolKind> NEED_CONDITIONS = Set.of(ToolKind.CPW, ToolKind.CPN);

		@Override
		public boolean supports(Class<?> type) {
			return CorrectionForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			CorrectionForm form = (CorrectionForm) target;
			if (NEED_CONDITIONS.contains(kind) && !StringUtils.hasText(form.getConditions())) {
				errors.rejectValue("conditions", "enforcement.error.conditions");
			}
			if (StringUtils.hasText(form.getComplianceOn()) && EnforcementForms.day(form.getComplianceOn()) == null) {
				errors.rejectValue("complianceOn", "enforcement.error.day");
			}
			if (onPremises && !StringUtils.hasText(form.getPremises())) {
				errors.rejectValue("premises", "enforcement.error.premises");
			}
			if (!StringUtils.hasText(form.getReason())) {
				errors.rejectValue("reason", "enforcement.error.correction-reason");
			}
			tooLong(form.getConditions(), "conditions", errors);
			tooLong(form.getPremises(), "premises", errors);
			tooLong(form.getReason(), "reason", errors);
		}

	}

	/** A withdrawal needs its reason. */
	record WithdrawalValidator() implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return WithdrawalForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			WithdrawalForm form = (WithdrawalForm) target;
			if (!StringUtils.hasText(form.getReason())) {
				errors.rejectValue("reason", "enforcement.error.withdraw-reason");
			}
			tooLong(form.getReason(), "reason", errors);
		}

	}

	private static void tooLong(String text, String field, Errors errors) {
		if (text != null && text.length() > EnforcementValidators.TEXT_MAX) {
			errors.rejectValue(field, "enforcement.error.too-long", new Object[] { EnforcementValidators.TEXT_MAX }, null);
		}
	}

}

package org.safercommunities.enforcement;

import java.time.LocalDate;
import java.util.Set;

import org.safercommunities.enforcement.EnforcementForms.EvidenceForm;
import org.safercommunities.enforcement.EnforcementForms.PaymentForm;
import org.safercommunities.enforcement.EnforcementForms.PenaltyForm;
import org.safercommunities.enforcement.EnforcementForms.PeriodForm;
import org.safercommunities.enforcement.EnforcementForms.ToolForm;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules of each register form, one validator per form ({@code enforcement.error.*}): what a form alone can
 * tell. The escalation chain, which needs what is on the case, is {@link EscalationRules}.
 */
final class EnforcementValidators {

	static final int TEXT_MAX = 4000;

	private EnforcementValidators() {
	}

	/** A tool: a kind, a recipient of the case's parties (or premises), a day served up to today. */
	record ToolValidator(LocalDate today, Set<Long> parties) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return ToolForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			ToolForm form = (ToolForm) target;
			ToolKind kind = EnforcementForms.kind(form.getKind()).orElse(null);
			if (kind == null) {
				errors.rejectValue("kind", "enforcement.error.kind");
			}
			recipient(form.getRecipient(), parties, "recipient", errors);
			boolean person = StringUtils.hasText(form.getRecipient());
			boolean premises = StringUtils.hasText(form.getPremises());
			if (kind != null && kind.onPremises() && !premises) {
				errors.rejectValue("premises", "enforcement.error.premises");
			}
			else if (kind != null && !kind.onPremises() && !person && !(kind == ToolKind.CPN && premises)) {
				errors.rejectValue("recipient", "enforcement.error.recipient");
			}
			LocalDate issued = pastDay(form.getIssuedOn(), today, "issuedOn", errors);
			if (StringUtils.hasText(form.getComplianceOn())) {
				LocalDate compliance = EnforcementForms.day(form.getComplianceOn());
				if (compliance == null) {
					errors.rejectValue("complianceOn", "enforcement.error.day");
				}
				else if (issued != null && compliance.isBefore(issued)) {
					errors.rejectValue("complianceOn", "enforcement.error.compliance-before-issue");
				}
			}
			if ((kind == ToolKind.CPW || kind == ToolKind.CPN) && !StringUtils.hasText(form.getConditions())) {
				errors.rejectValue("conditions", "enforcement.error.conditions");
			}
			if (kind == ToolKind.CPN_BREACH && EnforcementForms.id(form.getBreachOf()) == null) {
				errors.rejectValue("breachOf", "enforcement.error.breach-of");
			}
			if (kind == ToolKind.PSPO_BREACH && EnforcementForms.id(form.getPspoCondition()) == null) {
				errors.rejectValue("pspoCondition", "enforcement.error.pspo-condition");
			}
			if (kind != null && kind.isClosure()
					&& (form.getDuration() == null || !form.getDuration().strip().matches("\\d{1,4}"))) {
				errors.rejectValue("duration", "enforcement.error.duration");
			}
			tooLong(form.getConditions(), "conditions", errors);
			tooLong(form.getNoWarningReason(), "noWarningReason", errors);
			tooLong(form.getPremises(), "premises", errors);
		}

	}

	/** A notice: an offence code of the list, a recipient of the case's parties, a day of issue up to today. */
	record PenaltyValidator(LocalDate today, Set<Long> parties, Set<String> offenceCodes) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return PenaltyForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			PenaltyForm form = (PenaltyForm) target;
			if (!offenceCodes.contains(form.getOffenceCode())) {
				errors.rejectValue("offenceCode", "enforcement.error.offence-code");
			}
			if (!StringUtils.hasText(form.getRecipient())) {
				errors.rejectValue("recipient", "enforcement.error.recipient");
			}
			else {
				recipient(form.getRecipient(), parties, "recipient", errors);
			}
			pastDay(form.getIssuedOn(), today, "issuedOn", errors);
			if (EscalationRules.CPN_BREACH_OFFENCE.equals(form.getOffenceCode())
					&& EnforcementForms.id(form.getBreachOf()) == null) {
				errors.rejectValue("breachOf", "enforcement.error.breach-of");
			}
			if (EscalationRules.PSPO_BREACH_OFFENCE.equals(form.getOffenceCode())
					&& EnforcementForms.id(form.getPspoCondition()) == null) {
				errors.rejectValue("pspoCondition", "enforcement.error.pspo-condition");
			}
		}

	}

	/** Paid (a day up to today and an amount) or cancelled (a reason). */
	record PaymentValidator(LocalDate today) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return PaymentForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			PaymentForm form = (PaymentForm) target;
			if (!"PAID".equals(form.getOutcome()) && !form.cancelling()) {
				errors.rejectValue("outcome", "enforcement.error.outcome");
				return;
			}
			if (form.cancelling()) {
				if (!StringUtils.hasText(form.getReason())) {
					errors.rejectValue("reason", "enforcement.error.cancel-reason");
				}
				tooLong(form.getReason(), "reason", errors);
				return;
			}
			pastDay(form.getPaidOn(), today, "paidOn", errors);
			if (Money.parsePence(form.getAmount()).isEmpty()) {
				errors.rejectValue("amount", "enforcement.error.amount");
			}
		}

	}

	/** A kind, a reference, and a witness (if any) of the case's parties. */
	record EvidenceValidator(Set<Long> parties) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return EvidenceForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			EvidenceForm form = (EvidenceForm) target;
			boolean known = false;
			for (EvidenceKind kind : EvidenceKind.values()) {
				known |= kind.name().equals(form.getKind());
			}
			if (!known) {
				errors.rejectValue("kind", "enforcement.error.evidence-kind");
			}
			if (!StringUtils.hasText(form.getReference())) {
				errors.rejectValue("reference", "enforcement.error.reference");
			}
			else if (form.getReference().length() > 200) {
				errors.rejectValue("reference", "enforcement.error.too-long", new Object[] { 200 }, null);
			}
			recipient(form.getWitness(), parties, "witness", errors);
			if (form.isProfessionalWitness() && !StringUtils.hasText(form.getWitness())) {
				errors.rejectValue("witness", "enforcement.error.professional-witness");
			}
		}

	}

	/** The report's period: two days, the first not after the second. */
	record PeriodValidator() implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return PeriodForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			PeriodForm form = (PeriodForm) target;
			LocalDate from = EnforcementForms.day(form.getFrom());
			LocalDate to = EnforcementForms.day(form.getTo());
			if (from == null) {
				errors.rejectValue("from", "enforcement.error.day");
			}
			if (to == null) {
				errors.rejectValue("to", "enforcement.error.day");
			}
			if (from != null && to != null && from.isAfter(to)) {
				errors.rejectValue("to", "enforcement.error.period");
			}
		}

	}

	private static void recipient(String typed, Set<Long> parties, String field, Errors errors) {
		if (StringUtils.hasText(typed)) {
			Long id = EnforcementForms.id(typed);
			if (id == null || !parties.contains(id)) {
				errors.rejectValue(field, "enforcement.error.not-a-party");
			}
		}
	}

	private static LocalDate pastDay(String typed, LocalDate today, String field, Errors errors) {
		if (!StringUtils.hasText(typed)) {
			errors.rejectValue(field, "enforcement.error.day-missing");
			return null;
		}
		LocalDate day = EnforcementForms.day(typed);
		if (day == null) {
			errors.rejectValue(field, "enforcement.error.day");
		}
		else if (day.isAfter(today)) {
			errors.rejectValue(field, "enforcement.error.day-future");
			return null;
		}
		return day;
	}

	private static void tooLong(String text, String field, Errors errors) {
		if (text != null && text.length() > TEXT_MAX) {
			errors.rejectValue(field, "enforcement.error.too-long", new Object[] { TEXT_MAX }, null);
		}
	}

}

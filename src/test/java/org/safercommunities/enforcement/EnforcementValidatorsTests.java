package org.safercommunities.enforcement;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safercommunities.enforcement.EnforcementForms.EvidenceForm;
import org.safercommunities.enforcement.EnforcementForms.PaymentForm;
import org.safercommunities.enforcement.EnforcementForms.ToolForm;
import org.safercommunities.enforcement.EnforcementValidators.EvidenceValidator;
import org.safercommunities.enforcement.EnforcementValidators.PaymentValidator;
import org.safercommunities.enforcement.EnforcementValidators.ToolValidator;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

/** Each register form's own rules, without Spring: the field each error is on and its message key. */
class EnforcementValidatorsTests {

	private static final LocalDate TODAY = LocalDate.of(2023, 3, 1);

	@Test
	void aToolNeedsItsKindsDetailsAndAPartyAsRecipient() {
		ToolForm form = new ToolForm();
		form.setKind("CLOSURE_ORDER");
		form.setIssuedOn("2 3 2023");
		form.setRecipient("99");
		assertThat(errors(new ToolValidator(TODAY, Set.of(5L)), form)).containsExactlyInAnyOrder(
				"recipient:enforcement.error.not-a-party", "premises:enforcement.error.premises",
				"issuedOn:enforcement.error.day-future", "duration:enforcement.error.duration");
		ToolForm warning = new ToolForm();
		warning.setKind("CPW");
		warning.setIssuedOn("1 3 2023");
		warning.setRecipient("5");
		warning.setComplianceOn("28 2 2023");
		assertThat(errors(new ToolValidator(TODAY, Set.of(5L)), warning)).containsExactlyInAnyOrder(
				"complianceOn:enforcement.error.compliance-before-issue", "conditions:enforcement.error.conditions");
	}

	@Test
	void aPaymentNeedsADayAndAnAmountAndACancellationItsReason() {
		PaymentForm paid = new PaymentForm();
		paid.setOutcome("PAID");
		paid.setPaidOn("1 3 2023");
		paid.setAmount("seventy");
		assertThat(errors(new PaymentValidator(TODAY), paid)).containsExactly("amount:enforcement.error.amount");
		PaymentForm cancelled = new PaymentForm();
		cancelled.setOutcome("CANCELLED");
		assertThat(errors(new PaymentValidator(TODAY), cancelled)).containsExactly("reason:enforcement.error.cancel-reason");
		assertThat(Money.parsePence("£70.5")).contains(7050L);
	}

	@Test
	void aProfessionalWitnessMustBeNamed() {
		EvidenceForm form = new EvidenceForm();
		form.setKind("CCTV");
		form.setReference("Camera 12");
		form.setProfessionalWitness(true);
		assertThat(errors(new EvidenceValidator(Set.of(5L)), form))
			.containsExactly("witness:enforcement.error.professional-witness");
	}

	private static java.util.List<String> errors(org.springframework.validation.Validator validator, Object form) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		validator.validate(form, errors);
		return errors.getFieldErrors().stream().map(EnforcementValidatorsTests::describe).toList();
	}

	private static String describe(FieldError error) {
		return error.getField() + ":" + error.getCode();
	}

}

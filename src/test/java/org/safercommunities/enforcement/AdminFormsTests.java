package org.safercommunities.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safercommunities.enforcement.AdminForms.ClosureRuleForm;
import org.safercommunities.enforcement.AdminForms.ClosureRuleValidator;
import org.safercommunities.enforcement.AdminForms.OffenceCodeForm;
import org.safercommunities.enforcement.AdminForms.OffenceCodeValidator;
import org.safercommunities.enforcement.AdminForms.PspoForm;
import org.safercommunities.enforcement.AdminForms.PspoValidator;
import org.safercommunities.enforcement.AdminForms.TariffForm;
import org.safercommunities.enforcement.AdminForms.TariffValidator;
import org.safercommunities.enforcement.ToolChangeForms.CorrectionForm;
import org.safercommunities.enforcement.ToolChangeForms.CorrectionValidator;
import org.safercommunities.enforcement.ToolChangeForms.WithdrawalForm;
import org.safercommunities.enforcement.ToolChangeForms.WithdrawalValidator;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrators' and the tool-change forms' own rules, without Spring: each error's field and message key. */
class AdminFormsTests {

	private static final Set<String> CODES = Set.of("CST01", "CST09");

	/** Barnet's tariff for every offence from 2022, and CST01's own for 2024. */
	private static final List<Tariff> HELD = List.of(new Tariff(1, null, LocalDate.of(2022, 1, 1), null, 10000, 30, 14, 28),
			new Tariff(2, "CST01", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 7500, 20, 10, 14));

	@Test
	void aTariffRefusesNegativeAmountsAReductionOver100AndDaysOutOfOrder() {
		TariffForm form = tariff("CST09", "1 1 2026", null, "-10", "130", "14", "7");
		assertThat(errors(new TariffValidator(CODES, List.of()), form)).containsExactlyInAnyOrder(
				"amount:enforcement.admin.error.amount-negative",
				"earlyReductionPercent:enforcement.admin.error.reduction-over-100",
				"payDays:enforcement.admin.error.pay-days");
		TariffForm negatives = tariff("", "1 1 2026", "31 12 2025", "ten", "-5", "-1", "x");
		assertThat(errors(new TariffValidator(CODES, List.of()), negatives)).containsExactlyInAnyOrder(
				"validTo:enforcement.admin.error.period", "amount:enforcement.admin.error.amount",
				"earlyReductionPercent:enforcement.admin.error.reduction-negative",
				"earlyDays:enforcement.admin.error.days-negative", "payDays:enforcement.admin.error.days");
		assertThat(negatives.getEarlyReductionPercent()).as("what was typed is kept").isEqualTo("-5");
		TariffForm full = tariff("CST09", "1 1 2026", null, "£100", "100%", "14", "28");
		assertThat(errors(new TariffValidator(CODES, List.of()), full)).as("100% off is allowed").isEmpty();
		assertThat(full.toTariff(0).earlyReductionPercent()).isEqualTo(100);
	}

	@Test
	void aTariffPeriodMayNotOverlapAnotherForTheSameOffences() {
		assertThat(errors(new TariffValidator(CODES, HELD), tariff("", "1 4 2025", null, "150", "30", "14", "28")))
			.as("every offence, open-ended from 2022").containsExactly("validFrom:enforcement.admin.error.overlap");
		assertThat(errors(new TariffValidator(CODES, HELD), tariff("CST01", "31 12 2024", null, "80", "0", "0", "14")))
			.as("CST01's last day of 2024").containsExactly("validFrom:enforcement.admin.error.overlap");
		assertThat(errors(new TariffValidator(CODES, HELD), tariff("CST01", "1 1 2025", null, "80", "0", "0", "14")))
			.as("the day after CST01's ends").isEmpty();
		assertThat(errors(new TariffValidator(CODES, List.of(HELD.get(1))), tariff("", null, null, "100", "30", "14", "28")))
			.as("every offence does not overlap one offence's own").isEmpty();
		assertThat(errors(new TariffValidator(CODES, HELD), tariff("CST99", null, null, "100", "30", "14", "28")))
			.containsExactly("offenceCode:enforcement.error.offence-code");
	}

	@Test
	void offenceCodesPsposAndClosureRulesSayWhatIsWrong() {
		OffenceCodeForm code = new OffenceCodeForm();
		code.setCode("cst01");
		assertThat(errors(new OffenceCodeValidator(CODES, true), code)).containsExactlyInAnyOrder(
				"code:enforcement.admin.error.code-taken", "offence:enforcement.admin.error.offence");
		code.setCode("CST 18");
		code.setOffence("Something");
		assertThat(errors(new OffenceCodeValidator(CODES, true), code)).containsExactly("code:enforcement.admin.error.code");

		PspoForm pspo = new PspoForm();
		pspo.setName("Street harassment");
		pspo.setAuthority("London Borough of Hammersmith & Fulham");
		pspo.setArea("Public spaces");
		pspo.setMadeOn("1 1 2026");
		pspo.setExpiresOn("1 1 2026");
		pspo.setConditions("Only one\n\n");
		assertThat(errors(new PspoValidator(2), pspo)).containsExactlyInAnyOrder("expiresOn:enforcement.admin.error.expires",
				"conditions:enforcement.admin.error.conditions-in-use");
		pspo.setExpiresOn("31 12 2028");
		pspo.setConditions("First\r\nSecond");
		assertThat(errors(new PspoValidator(2), pspo)).isEmpty();
		assertThat(pspo.conditionLines()).containsExactly("First", "Second");

		ClosureRuleForm rule = new ClosureRuleForm();
		rule.setValidFrom("20 10 2014");
		rule.setNoticeHours("24");
		rule.setNoticeExtendedHours("12");
		rule.setOrderMonths("0");
		rule.setOrderExtendedMonths("6");
		assertThat(errors(new ClosureRuleValidator(Set.of(LocalDate.of(2014, 10, 20))), rule)).containsExactlyInAnyOrder(
				"validFrom:enforcement.admin.error.rule-taken", "noticeExtendedHours:enforcement.admin.error.extension",
				"orderMonths:enforcement.admin.error.limit");
	}

	@Test
	void aCorrectionAndAWithdrawalNeedTheirReason() {
		CorrectionForm correction = new CorrectionForm();
		correction.setComplianceOn("soon");
		assertThat(errors(new CorrectionValidator(ToolKind.CPW, false), correction)).containsExactlyInAnyOrder(
				"conditions:enforcement.error.conditions", "complianceOn:enforcement.error.day",
				"reason:enforcement.error.correction-reason");
		assertThat(errors(new CorrectionValidator(ToolKind.CLOSURE_ORDER, true), new CorrectionForm())).containsExactlyInAnyOrder(
				"premises:enforcement.error.premises", "reason:enforcement.error.correction-reason");
		assertThat(errors(new WithdrawalValidator(), new WithdrawalForm()))
			.containsExactly("reason:enforcement.error.withdraw-reason");
	}

	private static TariffForm tariff(String code, String from, String to, String amount, String reduction,
			String earlyDays, String payDays) {
		TariffForm form = new TariffForm();
		form.setOffenceCode(code);
		form.setValidFrom(from);
		form.setValidTo(to);
		form.setAmount(amount);
		form.setEarlyReductionPercent(reduction);
		form.setEarlyDays(earlyDays);
		form.setPayDays(payDays);
		return form;
	}

	private static List<String> errors(Validator validator, Object form) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		validator.validate(form, errors);
		return errors.getFieldErrors().stream().map((FieldError error) -> error.getField() + ":" + error.getCode()).toList();
	}

}

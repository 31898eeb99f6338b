package org.safercommunities.enforcement;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.safercommunities.enforcement.EnforcementLists.Pspo;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The administrators' forms for the managed lists (offence codes, tariffs, PSPOs, closure rules), kept as typed, and
 * one validator each with specific errors ({@code enforcement.admin.error.*}).
 */
final class AdminForms {

	private static final String WHOLE = "\\d{1,6}";

	private AdminForms() {
	}

	/** An offence code of Table 2's kind: code, the offence in words, and whether it is offered. */
	static class OffenceCodeForm {

		private String code;

		private String offence;

		private boolean active = true;

		public String getCode() { return code; }
		public void setCode(String code) { this.code = code; }
		public String getOffence() { return offence; }
		public void setOffence(String offence) { this.offence = offence; }
		public boolean isActive() { return active; }
		public void setActive(boolean active) { this.active = active; }

	}

	/** A tariff: the offence (blank: every offence), its period, the amount and the early-payment terms. */
	static class TariffForm {

		private String offenceCode;

		private String validFrom;

		private String validTo;

		private String amount;

		private String earlyReductionPercent;

		private String earlyDays;

		private String payDays;

		Tariff toTariff(long id) {
			return new Tariff(id, StringUtils.hasText(offenceCode) ? offenceCode : null, EnforcementForms.day(validFrom),
					EnforcementForms.day(validTo), Money.parsePence(amount).orElseThrow(),
					Integer.parseInt(earlyReductionPercent.strip().replace("%", "")), Integer.parseInt(earlyDays.strip()),
					Integer.parseInt(payDays.strip()));
		}

		static TariffForm of(Tariff tariff) {
			TariffForm form = new TariffForm();
			form.offenceCode = tariff.offenceCode();
			form.validFrom = tariff.validFrom() == null ? null : org.safercommunities.shared.UkDates.day(tariff.validFrom());
			form.validTo = tariff.validTo() == null ? null : org.safercommunities.shared.UkDates.day(tariff.validTo());
			form.amount = Money.pounds(tariff.amountPence()).substring(1);
			form.earlyReductionPercent = String.valueOf(tariff.earlyReductionPercent());
			form.earlyDays = String.valueOf(tariff.earlyDays());
			form.payDays = String.valueOf(tariff.payDays());
			return form;
		}

		public String getOffenceCode() { return offenceCode; }
		public void setOffenceCode(String offenceCode) { this.offenceCode = offenceCode; }
		public String getValidFrom() { return validFrom; }
		public void setValidFrom(String validFrom) { this.validFrom = validFrom; }
		public String getValidTo() { return validTo; }
		public void setValidTo(String validTo) { this.validTo = validTo; }
		public String getAmount() { return amount; }
		public void setAmount(String amount) { this.amount = amount; }
		public String getEarlyReductionPercent() { return earlyReductionPercent; }
		public void setEarlyReductionPercent(String earlyReductionPercent) { this.earlyReductionPercent = earlyReductionPercent; }
		public String getEarlyDays() { return earlyDays; }
		public void setEarlyDays(String earlyDays) { this.earlyDays = earlyDays; }
		public String getPayDays() { return payDays; }
		public void setPayDays(String payDays) { this.payDays = payDays; }

	}

	/** A PSPO: its name, authority, area, dates (may be blank when not known) and conditions, one a line. */
	static class PspoForm {

		private String name;

		private String authority;

		private String area;

		private String madeOn;

		private String expiresOn;

		private boolean active = true;

		private String conditions;

		List<String> conditionLines() {
			return conditions == null ? List.of()
					: Arrays.stream(conditions.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
		}

		Pspo toPspo(long id) {
			return new Pspo(id, name.strip(), authority.strip(), area.strip(), EnforcementForms.day(madeOn),
					EnforcementForms.day(expiresOn), active, conditionLines());
		}

		static PspoForm of(Pspo pspo) {
			PspoForm form = new PspoForm();
			form.name = pspo.name();
			form.authority = pspo.authority();
			form.area = pspo.area();
			form.madeOn = pspo.madeOn() == null ? null : org.safercommunities.shared.UkDates.day(pspo.madeOn());
			form.expiresOn = pspo.expiresOn() == null ? null : org.safercommunities.shared.UkDates.day(pspo.expiresOn());
			form.active = pspo.active();
			form.conditions = String.join("\n", pspo.conditions());
			return form;
		}

		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public String getAuthority() { return authority; }
		public void setAuthority(String authority) { this.authority = authority; }
		public String getArea() { return area; }
		public void setArea(String area) { this.area = area; }
		public String getMadeOn() { return madeOn; }
		public void setMadeOn(String madeOn) { this.madeOn = madeOn; }
		public String getExpiresOn() { return expiresOn; }
		public void setExpiresOn(String expiresOn) { this.expiresOn = expiresOn; }
		public boolean isActive() { return active; }
		public void setActive(boolean active) { this.active = active; }
		public String getConditions() { return conditions; }
		public void setConditions(String conditions) { this.conditions = conditions; }

	}

	/** A closure time-limit rule from a day: notice hours (and extended), order months (and extended). */
	static class ClosureRuleForm {

		private String validFrom;

		private String noticeHours;

		private String noticeExtendedHours;

		private String orderMonths;

		private String orderExtendedMonths;

		ClosureLimits toRule() {
			return new ClosureLimits(0, EnforcementForms.day(validFrom), Integer.parseInt(noticeHours.strip()),
					Integer.parseInt(noticeExtendedHours.strip()), Integer.parseInt(orderMonths.strip()),
					Integer.parseInt(orderExtendedMonths.strip()));
		}

		public String getValidFrom() { return validFrom; }
		public void setValidFrom(String validFrom) { this.validFrom = validFrom; }
		public String getNoticeHours() { return noticeHours; }
		public void setNoticeHours(String noticeHours) { this.noticeHours = noticeHours; }
		public String getNoticeExtendedHours() { return noticeExtendedHours; }
		public void setNoticeExtendedHours(String noticeExtendedHours) { this.noticeExtendedHours = noticeExtendedHours; }
		public String getOrderMonths() { return orderMonths; }
		public void setOrderMonths(String orderMonths) { this.orderMonths = orderMonths; }
		public String getOrderExtendedMonths() { return orderExtendedMonths; }
		public void setOrderExtendedMonths(String orderExtendedMonths) { this.orderExtendedMonths = orderExtendedMonths; }

	}

	/** A code of letters and digits not yet on the list (when adding), and the offence in words. */
	record OffenceCodeValidator(Set<String> taken, boolean adding) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return OffenceCodeForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			OffenceCodeForm form = (OffenceCodeForm) target;
			if (adding) {
				String code = form.getCode() == null ? "" : form.getCode().strip();
				// "new" is the address of the form that adds a code
				if (!code.matches("[A-Za-z0-9]{2,10}") || "new".equalsIgnoreCase(code)) {
					errors.rejectValue("code", "enforcement.admin.error.code");
				}
				else if (taken.stream().anyMatch(code::equalsIgnoreCase)) {
					errors.rejectValue("code", "enforcement.admin.error.code-taken", new Object[] { code }, null);
				}
			}
			text(form.getOffence(), 300, "offence", "enforcement.admin.error.offence", errors);
		}

	}

	/**
	 * A tariff: an amount of money (not negative), a reduction from 0 to 100%, whole days with the whole due no sooner
	 * than the early days, a period whose end is not before its start and which overlaps no other tariff for the same
	 * offences ({@code others}: every tariff but the one being changed).
	 */
	record TariffValidator(Set<String> offenceCodes, List<Tariff> others) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return TariffForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			TariffForm form = (TariffForm) target;
			if (StringUtils.hasText(form.getOffenceCode()) && !offenceCodes.contains(form.getOffenceCode())) {
				errors.rejectValue("offenceCode", "enforcement.error.offence-code");
			}
			LocalDate from = optionalDay(form.getValidFrom(), "validFrom", errors);
			LocalDate to = optionalDay(form.getValidTo(), "validTo", errors);
			if (from != null && to != null && to.isBefore(from)) {
				errors.rejectValue("validTo", "enforcement.admin.error.period");
			}
			String amount = form.getAmount() == null ? "" : form.getAmount().strip();
			if (amount.startsWith("-") || amount.startsWith("£-")) {
				errors.rejectValue("amount", "enforcement.admin.error.amount-negative");
			}
			else if (Money.parsePence(amount).isEmpty()) {
				errors.rejectValue("amount", "enforcement.admin.error.amount");
			}
			String reduction = form.getEarlyReductionPercent() == null ? ""
					: form.getEarlyReductionPercent().strip().replace("%", "");
			if (reduction.startsWith("-")) {
				errors.rejectValue("earlyReductionPercent", "enforcement.admin.error.reduction-negative");
			}
			else if (!reduction.matches(WHOLE)) {
				errors.rejectValue("earlyReductionPercent", "enforcement.admin.error.reduction");
			}
			else if (Integer.parseInt(reduction) > 100) {
				errors.rejectValue("earlyReductionPercent", "enforcement.admin.error.reduction-over-100");
			}
			Integer early = days(form.getEarlyDays(), "earlyDays", errors);
			Integer pay = days(form.getPayDays(), "payDays", errors);
			if (early != null && pay != null && pay < early) {
				errors.rejectValue("payDays", "enforcement.admin.error.pay-days");
			}
			if (!errors.hasFieldErrors("offenceCode") && !errors.hasFieldErrors("validFrom")
					&& !errors.hasFieldErrors("validTo")) {
				Tariff period = new Tariff(0, StringUtils.hasText(form.getOffenceCode()) ? form.getOffenceCode() : null,
						from, to, 0, 0, 0, 0);
				others.stream().filter(period::overlaps).findFirst().ifPresent(clash -> errors.rejectValue("validFrom",
						"enforcement.admin.error.overlap", new Object[] { day(clash.validFrom()), day(clash.validTo()) },
						null));
			}
		}

		/** A day of a period, "…" for an open end. */
		private static String day(LocalDate day) {
			return day == null ? "…" : org.safercommunities.shared.UkDates.day(day);
		}

		private static Integer days(String typed, String field, Errors errors) {
			String text = typed == null ? "" : typed.strip();
			if (!text.matches(WHOLE)) {
				errors.rejectValue(field, text.startsWith("-") ? "enforcement.admin.error.days-negative"
						: "enforcement.admin.error.days");
				return null;
			}
			return Integer.valueOf(text);
		}

	}

	/** A PSPO: name, authority and area; dates that are days with the end after the start; at least one condition. */
	record PspoValidator(int conditionsInUse) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return PspoForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			PspoForm form = (PspoForm) target;
			text(form.getName(), 200, "name", "enforcement.admin.error.pspo-name", errors);
			text(form.getAuthority(), 120, "authority", "enforcement.admin.error.authority", errors);
			text(form.getArea(), 200, "area", "enforcement.admin.error.area", errors);
			LocalDate made = optionalDay(form.getMadeOn(), "madeOn", errors);
			LocalDate expires = optionalDay(form.getExpiresOn(), "expiresOn", errors);
			if (made != null && expires != null && !expires.isAfter(made)) {
				errors.rejectValue("expiresOn", "enforcement.admin.error.expires");
			}
			List<String> lines = form.conditionLines();
			if (lines.isEmpty()) {
				errors.rejectValue("conditions", "enforcement.admin.error.conditions");
			}
			else if (lines.stream().anyMatch(line -> line.length() > 400)) {
				errors.rejectValue("conditions", "enforcement.admin.error.condition-long", new Object[] { 400 }, null);
			}
			else if (lines.size() < conditionsInUse) {
				errors.rejectValue("conditions", "enforcement.admin.error.conditions-in-use",
						new Object[] { conditionsInUse }, null);
			}
		}

	}

	/** A closure rule: a day not already holding a rule; whole positive limits, each extension at least its base. */
	record ClosureRuleValidator(Set<LocalDate> taken) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return ClosureRuleForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			ClosureRuleForm form = (ClosureRuleForm) target;
			LocalDate from = EnforcementForms.day(form.getValidFrom());
			if (from == null) {
				errors.rejectValue("validFrom", "enforcement.error.day");
			}
			else if (taken.contains(from)) {
				errors.rejectValue("validFrom", "enforcement.admin.error.rule-taken");
			}
			Integer hours = positive(form.getNoticeHours(), "noticeHours", errors);
			Integer extendedHours = positive(form.getNoticeExtendedHours(), "noticeExtendedHours", errors);
			Integer months = positive(form.getOrderMonths(), "orderMonths", errors);
			Integer extendedMonths = positive(form.getOrderExtendedMonths(), "orderExtendedMonths", errors);
			if (hours != null && extendedHours != null && extendedHours < hours) {
				errors.rejectValue("noticeExtendedHours", "enforcement.admin.error.extension");
			}
			if (months != null && extendedMonths != null && extendedMonths < months) {
				errors.rejectValue("orderExtendedMonths", "enforcement.admin.error.extension");
			}
		}

		private static Integer positive(String typed, String field, Errors errors) {
			String text = typed == null ? "" : typed.strip();
			if (!text.matches(WHOLE) || Integer.parseInt(text) < 1) {
				errors.rejectValue(field, "enforcement.admin.error.limit");
				return null;
			}
			return Integer.valueOf(text);
		}

	}

	private static void text(String typed, int max, String field, String missingKey, Errors errors) {
		if (!StringUtils.hasText(typed)) {
			errors.rejectValue(field, missingKey);
		}
		else if (typed.strip().length() > max) {
			errors.rejectValue(field, "enforcement.error.too-long", new Object[] { max }, null);
		}
	}

	private static LocalDate optionalDay(String typed, String field, Errors errors) {
		if (!StringUtils.hasText(typed)) {
			return null;
		}
		LocalDate day = EnforcementForms.day(typed);
		if (day == null) {
			errors.rejectValue(field, "enforcement.error.day");
		}
		return day;
	}

}

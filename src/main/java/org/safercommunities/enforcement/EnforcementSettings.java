package org.safercommunities.enforcement;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules that law and local policy set and change ({@code safer.enforcement.*}): what a fixed penalty costs and
 * the closure powers' time limits. Nothing of it is written in code; application.yml carries Barnet's values.
 *
 * @param tariffs fixed penalty amounts by offence code and period of validity
 * @param closure the closure notice and order limits
 * @param reviewCron when the daily job passes unpaid notices past due for prosecution review (UK time)
 */
@ConfigurationProperties("safer.enforcement")
record EnforcementSettings(List<Tariff> tariffs, @DefaultValue Closure closure,
		@DefaultValue("0 15 6 * * *") String reviewCron) {

	EnforcementSettings {
		tariffs = tariffs == null ? List.of() : List.copyOf(tariffs);
	}

	/**
	 * What a notice costs: {@code amountPence}, less {@code earlyReductionPercent} when paid within
	 * {@code earlyDays} of issue, the whole due within {@code payDays}. {@code offenceCode} null is every offence
	 * without a tariff of its own; {@code validFrom} and {@code validTo} (inclusive, null for open) bound the days of
	 * issue it applies to.
	 */
	record Tariff(String offenceCode, LocalDate validFrom, LocalDate validTo, long amountPence,
			int earlyReductionPercent, int earlyDays, int payDays) {

		/** Whether it is the tariff of every offence without one of its own (no code, or a blank one). */
		boolean everyOffence() {
			return offenceCode == null || offenceCode.isBlank();
		}

		boolean appliesOn(LocalDate issuedOn) {
			return (validFrom == null || !issuedOn.isBefore(validFrom)) && (validTo == null || !issuedOn.isAfter(validTo));
		}

	}

	/**
	 * The closure powers (ASB, Crime and Policing Act 2014 sections 76-84): a notice lasts up to
	 * {@code noticeHours}, extendable to {@code noticeExtendedHours}; an order up to {@code orderMonths}, extendable
	 * to {@code orderExtendedMonths} in total.
	 */
	record Closure(@DefaultValue("24") int noticeHours, @DefaultValue("48") int noticeExtendedHours,
			@DefaultValue("3") int orderMonths, @DefaultValue("6") int orderExtendedMonths) {
	}

}

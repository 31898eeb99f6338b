package org.safercommunities.enforcement;

import java.time.LocalDate;

/**
 * What a fixed penalty notice costs: {@code amountPence}, less {@code earlyReductionPercent} when paid within
 * {@code earlyDays} of issue, the whole due within {@code payDays}. {@code offenceCode} null is every offence without a
 * tariff of its own; {@code validFrom} and {@code validTo} (inclusive, null for open) bound the days of issue it
 * applies to. Kept by administrators ({@link EnforcementLists}); a notice keeps the amounts it was issued with.
 */
record Tariff(long id, String offenceCode, LocalDate validFrom, LocalDate validTo, long amountPence,
		int earlyReductionPercent, int earlyDays, int payDays) {

	Tariff(String offenceCode, LocalDate validFrom, LocalDate validTo, long amountPence, int earlyReductionPercent,
			int earlyDays, int payDays) {
		this(0, offenceCode, validFrom, validTo, amountPence, earlyReductionPercent, earlyDays, payDays);
	}

	/** Whether it is the tariff of every offence without one of its own (no code, or a blank one). */
	boolean everyOffence() {
		return offenceCode == null || offenceCode.isBlank();
	}

	boolean appliesOn(LocalDate issuedOn) {
		return (validFrom == null || !issuedOn.isBefore(validFrom)) && (validTo == null || !issuedOn.isAfter(validTo));
	}

	/** Whether it is for the same offences as {@code other} and some day of issue is in both periods. */
	boolean overlaps(Tariff other) {
		boolean sameOffences = everyOffence() ? other.everyOffence() : offenceCode.equals(other.offenceCode());
		return sameOffences && (validTo == null || other.validFrom() == null || !other.validFrom().isAfter(validTo))
				&& (other.validTo() == null || validFrom == null || !validFrom.isAfter(other.validTo()));
	}

}

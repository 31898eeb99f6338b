package org.safercommunities.enforcement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;


/**
 * The price of a fixed penalty notice on its day of issue, from the configured tariffs: the offence's own tariff
 * valid that day, else the tariff for every offence valid that day. Money is whole pence.
 */
final class PenaltyPricing {

	private PenaltyPricing() {
	}

	/** The amounts and dates a notice issued on {@code issuedOn} for {@code offenceCode} carries. */
	static Price price(List<Tariff> tariffs, String offenceCode, LocalDate issuedOn) {
		Tariff tariff = tariffs.stream()
			.filter(each -> offenceCode.equals(each.offenceCode()) && each.appliesOn(issuedOn))
			.findFirst()
			.or(() -> tariffs.stream().filter(each -> each.everyOffence() && each.appliesOn(issuedOn)).findFirst())
			.orElseThrow(() -> new EnforcementRuleBroken("issuedOn", "enforcement.error.no-tariff"));
		long early = BigDecimal.valueOf(tariff.amountPence())
			.multiply(BigDecimal.valueOf(100L - tariff.earlyReductionPercent()))
			.divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
			.longValueExact();
		return new Price(tariff.amountPence(), early, issuedOn.plusDays(tariff.earlyDays()),
				issuedOn.plusDays(tariff.payDays()));
	}

	/** What a payment on {@code paidOn} settles: early (reduced) up to the last early day, else the full amount. */
	static PaymentStatus settles(Penalty penalty, LocalDate paidOn, long paidPence) {
		long due = penalty.amountDueOn(paidOn);
		if (paidPence < due) {
			throw new EnforcementRuleBroken("amount", "enforcement.error.paid-too-little", Money.pounds(due));
		}
		return paidOn.isAfter(penalty.earlyUntil()) ? PaymentStatus.PAID : PaymentStatus.PAID_EARLY;
	}

	record Price(long amountPence, long earlyAmountPence, LocalDate earlyUntil, LocalDate dueOn) {
	}

}

package org.safercommunities.enforcement;

import java.math.BigDecimal;
import java.util.Optional;

/** Pounds as people type and read them, pence as the register holds them. */
final class Money {

	private Money() {
	}

	/** "£70.00" from 7000 pence. */
	static String pounds(long pence) {
		return "£" + BigDecimal.valueOf(pence, 2).toPlainString();
	}

	/** Pence from "70", "70.5", "£70.50"; empty when it is not an amount of money. */
	static Optional<Long> parsePence(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String text = typed.strip().replace(",", "");
		if (text.startsWith("£")) {
			text = text.substring(1).strip();
		}
		if (!text.matches("\\d{1,7}(\\.\\d{1,2})?")) {
			return Optional.empty();
		}
		return Optional.of(new BigDecimal(text).movePointRight(2).longValueExact());
	}

}

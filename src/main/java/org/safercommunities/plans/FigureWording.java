package org.safercommunities.plans;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Writes a module's figures in a paper's words: numbers with thousands separators, and the change on the year
 * before as a whole percentage rounded half up (3,602 against 2,495 is "up 44%", as seed 001 says). A year
 * before that the records do not reach is said to be not held, never counted as none.
 */
final class FigureWording {

	private final MessageSource messages;

	private final Locale locale;

	FigureWording(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	Paper.Block block(FigureBlock block, String baseUrl) {
		String source = baseUrl + block.source();
		if (block instanceof FigureBlock.Count count) {
			return new Paper.Line(count.code(), sentence(count), source);
		}
		FigureBlock.Table table = (FigureBlock.Table) block;
		return new Paper.Table(table.code(), message(table.titleKey()),
				table.columnKeys().stream().map(this::message).toList(), table.rows(), message(table.emptyKey()), source);
	}

	String sentence(FigureBlock.Count count) {
		return message("plans.paper.count", message(count.labelKey()), number(count.current()),
				comparison(count.current(), count.previous()));
	}

	/** "2,495 the year before, up 44%"; "none the year before"; "the year before is not held in the records". */
	String comparison(long current, Long previous) {
		if (previous == null) {
			return message("plans.paper.previous-not-held");
		}
		if (previous == 0) {
			return message(current == 0 ? "plans.paper.previous-none-same" : "plans.paper.previous-none");
		}
		return message("plans.paper.previous", number(previous), change(current, previous));
	}

	/** "up 44%", "down 3%", "no change"; for a table's change column also when there is nothing to compare. */
	String change(long current, Long previous) {
		if (previous == null) {
			return message("plans.paper.not-held");
		}
		if (previous == 0) {
			return message(current == 0 ? "plans.paper.no-change" : "plans.paper.up-from-none");
		}
		int change = percentChange(current, previous);
		return change > 0 ? message("plans.paper.up", change)
				: change < 0 ? message("plans.paper.down", -change) : message("plans.paper.no-change");
	}

	/** The change from {@code previous} (not 0) to {@code current}, whole per cent, half away from zero. */
	static int percentChange(long current, long previous) {
		return BigDecimal.valueOf(current - previous).multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(previous), 0, RoundingMode.HALF_UP).intValueExact();
	}

	String number(long value) {
		return NumberFormat.getIntegerInstance(Locale.UK).format(value);
	}

	String message(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}

package org.safercommunities.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one way a module hands the performance dashboard its figures: monthly (and, where it keeps them, weekly)
 * counts by area and breakdown, with the months they are data for. A module implements it as a bean for each
 * source an indicator names (table indicator, column source) and publishes {@link IndicatorCountsChanged} after
 * a change commits; the dashboard reads nothing else of the module. An indicator whose source no module provides
 * shows "No data yet" until one does.
 */
public interface IndicatorCounts {

	/** The measure an indicator without a source filter counts, and the breakdown "every strand". */
	String ALL = "ALL";

	/** One change mark from a few numbers that together change whenever the data does (rows, a sum, the latest id). */
	static long mark(long... parts) {
		long mark = 17;
		for (long part : parts) {
			mark = mark * 1_000_003L + part;
		}
		return mark;
	}

	/** The count for the home borough and, when the record has a ward, the same count for that ward. */
	static void boroughAndWard(String measure, String ward, String breakdown, LocalDate period, long count,
			Consumer<Count> counts) {
		counts.accept(new Count(measure, Level.BOROUGH, null, breakdown, period, count));
		if (ward != null) {
			counts.accept(new Count(measure, Level.WARD, ward, breakdown, period, count));
		}
	}

	/**
	 * The coverage of a source of the product's own records: every month from the first held to the last complete
	 * one is data (a month with no record is a real zero), and nothing before the first.
	 */
	static List<CoveredMonth> everyMonthFromTheFirst(Optional<Months> held, YearMonth lastComplete) {
		List<CoveredMonth> covered = new ArrayList<>();
		held.ifPresent(months -> {
			for (YearMonth month = months.first(); !month.isAfter(lastComplete); month = month.plusMonths(1)) {
				covered.add(new CoveredMonth(null, month, true, null));
			}
		});
		return covered;
	}

	/** The source name indicators give (e.g. {@code OWN_REPORTS}). */
	String source();

	/** Whether these are the product's own records, which count the month in progress too. */
	default boolean ownRecords() {
		return false;
	}

	/** Message key of the attribution line the data needs, or null. */
	default String attributionKey() {
		return null;
	}

	/**
	 * A cheap number that changes whenever any count may have changed: unchanged means nothing to refresh.
	 */
	long changeMark();

	/** The first and last month any count is held for; empty when nothing is held. */
	Optional<Months> monthsHeld();

	/** Counts of the months {@code months} (inclusive), periods being the first day of each month. */
	void countMonths(Months months, Consumer<Count> counts);

	/** Whether the source keeps weekly counts (for the early-warning series). */
	default boolean weekly() {
		return false;
	}

	/** Counts of the weeks from the one starting Monday {@code first} to the one starting {@code last}. */
	default void countWeeks(LocalDate first, LocalDate last, Consumer<Count> counts) {
	}

	/**
	 * The months a measure's counts are data for, by area, up to {@code lastComplete}: a month not listed is no
	 * data, never zero; a month listed as not covered is held but does not serve the measure.
	 */
	List<CoveredMonth> coverage(String measure, YearMonth lastComplete);

	/** An inclusive range of months. */
	record Months(YearMonth first, YearMonth last) {

		public Months {
			if (last.isBefore(first)) {
				throw new IllegalArgumentException(first + " is after " + last);
			}
		}

		public static Months of(YearMonth month) {
			return new Months(month, month);
		}

		/** The months from the one {@code first} is in to the one {@code last} is in; empty when nothing is held. */
		public static Optional<Months> between(LocalDate first, LocalDate last) {
			return first == null ? Optional.empty() : Optional.of(new Months(YearMonth.from(first), YearMonth.from(last)));
		}

		/** The months held by a table's date column, read with one {@code select min(c), max(c)}. */
		public static Optional<Months> held(java.sql.ResultSet minAndMax) throws java.sql.SQLException {
			return between(minAndMax.getObject(1, LocalDate.class), minAndMax.getObject(2, LocalDate.class));
		}

		public Months span(Months other) {
			return new Months(first.isBefore(other.first) ? first : other.first,
					last.isAfter(other.last) ? last : other.last);
		}

	}

	/** The geography a count is for. */
	enum Level {

		BOROUGH, WARD

	}

	/**
	 * One count.
	 *
	 * @param measure what is counted: {@link #ALL}, or what an indicator's source filter names (a crime type)
	 * @param area GSS code; null at borough level means the partnership's own borough
	 * @param breakdown a strand, or {@link #ALL}
	 * @param period first day of the month or the Monday of the week
	 */
	record Count(String measure, Level level, String area, String breakdown, LocalDate period, long count) {
	}

	/**
	 * A month held for an area.
	 *
	 * @param area GSS code; null means the partnership's own borough
	 * @param heldInstead where not covered, what the month does hold (shown to the reader), else null
	 */
	record CoveredMonth(String area, YearMonth month, boolean covered, String heldInstead) {
	}

}

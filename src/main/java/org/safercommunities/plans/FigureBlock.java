package org.safercommunities.plans;

import java.util.List;

/**
 * One figure or table a module gives the board pack and the annual report, with the staff page it came from, so
 * every figure in a paper can be traced to its records. Words are message keys in the module's own bundle; plans
 * formats the numbers and the comparison, so every paper writes them the same way.
 */
public sealed interface FigureBlock {

	/** A stable name (e.g. {@code cases.logged}) that tests and the narrative can refer to. */
	String code();

	/** The staff page these figures came from, e.g. {@code /staff/marac/statistics?year=2022}. */
	String source();

	/**
	 * A count in the period beside the same count a year earlier.
	 *
	 * @param labelKey what is counted ("Cases logged by the Community Safety Team")
	 * @param previous null when the module holds no records for the year before: missing, not zero
	 */
	record Count(String code, String labelKey, long current, Long previous, String source) implements FigureBlock {

		/**
		 * The year before's count only when the module's records reach back to its start: a module first used
		 * after that holds no records for it, which is missing, not zero.
		 */
		public static Long previousIfHeld(java.util.Optional<java.time.LocalDate> firstRecord, ReportPeriod period,
				java.util.function.LongSupplier count) {
			return firstRecord.filter(first -> !first.isAfter(period.yearBefore().from())).isPresent()
					? count.getAsLong() : null;
		}

	}

	/**
	 * A small table (MARAC Table 1, fixed penalties by offence code). Cells are already written as they should read
	 * (numbers, dates, percentages), since only the module knows what each column holds.
	 *
	 * @param columnKeys message keys of the column headings, the first naming the rows
	 * @param emptyKey what to say when there are no rows ("No meetings were held")
	 */
	record Table(String code, String titleKey, List<String> columnKeys, List<List<String>> rows, String emptyKey,
			String source) implements FigureBlock {

		public Table {
			rows = List.copyOf(rows.stream().map(List::copyOf).toList());
			columnKeys = List.copyOf(columnKeys);
		}

	}

}

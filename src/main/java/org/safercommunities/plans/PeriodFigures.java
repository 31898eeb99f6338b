package org.safercommunities.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a module's records say about one period, for the board pack and the annual report. Every module that owns
 * countable records implements it as a bean; plans asks each and never reads another module's tables, so a
 * figure in a paper is always the module's own count.
 */
public interface PeriodFigures {

	/**
	 * The day of the module's first record, if it holds any: before it the module holds nothing, so a period that
	 * starts earlier is only partly covered and the paper says so (missing is not zero).
	 */
	Optional<LocalDate> recordsFrom();

	/** The part of the paper these figures belong in. */
	ReportTopic topic();

	/** The figures for {@code period}, each compared with {@link ReportPeriod#yearBefore()} where it makes sense. */
	List<FigureBlock> figures(ReportPeriod period);

}

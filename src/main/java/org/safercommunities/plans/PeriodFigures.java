package org.safercommunities.plans;

import java.util.List;

/**
 * What a module's records say about one period, for the board pack and the annual report. Every module that owns
 * countable records implements it as a bean; plans asks each and never reads another module's tables, so a
 * figure in a paper is always the module's own count.
 */
public interface PeriodFigures {

	/** The part of the paper these figures belong in. */
	ReportTopic topic();

	/** The figures for {@code period}, each compared with {@link ReportPeriod#yearBefore()} where it makes sense. */
	List<FigureBlock> figures(ReportPeriod period);

}

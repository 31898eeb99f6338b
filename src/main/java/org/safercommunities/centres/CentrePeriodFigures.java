package org.safercommunities.centres;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import org.safercommunities.plans.FigureBlock;
import org.safercommunities.plans.PeriodFigures;
import org.safercommunities.plans.ReportPeriod;
import org.safercommunities.plans.ReportTopic;
import org.safercommunities.shared.UkDates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Hate Crime Reporting Centre network for the board pack and the annual report (seed 001 4.4: "Co-ordinated and
 * monitored 12 Hate Crime Reporting Centres"): the centres active in the period, the monthly returns received and
 * the reports they recorded, and the centre staff who completed hate crime awareness training. A month a centre
 * sent no return for is missing, not zero, so the count of returns says how many centre-months the reports cover.
 */
@Component
class CentrePeriodFigures implements PeriodFigures {

	private final CentreRepository centres;

	private final CentreReturnRepository returns;

	CentrePeriodFigures(CentreRepository centres, CentreReturnRepository returns) {
		this.centres = centres;
		this.returns = returns;
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Optional<java.time.LocalDate> recordsFrom() {
		return firstRecord(centres.findAll());
	}

	@Override
	public ReportTopic topic() {
		return ReportTopic.HATE_CRIME;
	}

	@Override
	@Transactional(readOnly = true)
	public List<FigureBlock> figures(ReportPeriod period) {
		List<Centre> all = centres.findAll();
		Network now = network(all, period);
		Network before = network(all, period.yearBefore());
		Optional<LocalDate> first = firstRecord(all);
		String returnsPage = "/staff/returns?from=" + UkDates.monthParam(YearMonth.from(period.from())) + "&to="
				+ UkDates.monthParam(YearMonth.from(period.to()));
		Counted counted = (code, labelKey, figure, source) -> new FigureBlock.Count(code, labelKey,
				figure.applyAsLong(now), FigureBlock.Count.previousIfHeld(first, period, () -> figure.applyAsLong(before)),
				source);
		return List.of(
				counted.count("centres.active", "centres.figures.active", Network::active, "/staff/centres"),
				counted.count("centres.returns-received", "centres.figures.returns", Network::returns, returnsPage),
				counted.count("centres.reports-recorded", "centres.figures.reports", Network::reports, returnsPage),
				counted.count("centres.staff-trained", "centres.figures.trained", Network::trained, "/staff/centres"));
	}

	private Network network(List<Centre> all, ReportPeriod period) {
		List<CentreReturn> sent = returns.findByReturnMonthBetweenOrderByReturnMonthAsc(period.from(), period.to());
		return new Network(all.stream().filter(centre -> centre.activeDuring(period.from(), period.to())).count(),
				sent.size(), sent.stream().mapToLong(CentreReturn::getTotal).sum(),
				all.stream().flatMap(centre -> centre.getTraining().stream())
					.filter(training -> period.contains(training.getCompletedOn())).count());
	}

	/** The earliest day the module knows of: a centre made active, a month returned, or training completed. */
	private Optional<LocalDate> firstRecord(List<Centre> all) {
		Stream<LocalDate> activeOrTrained = all.stream().flatMap(centre -> Stream.concat(
				Stream.ofNullable(centre.getActiveSince()),
				centre.getTraining().stream().map(CentreTraining::getCompletedOn)));
		Stream<LocalDate> returned = returns.findFirstByOrderByReturnMonthAsc().map(CentreReturn::getMonth)
			.map(month -> month.atDay(1)).stream();
		return Stream.concat(activeOrTrained, returned).min(LocalDate::compareTo);
	}

	/** One period's figures. */
	private record Network(long active, long returns, long reports, long trained) {
	}

	private interface Counted {

		FigureBlock count(String code, String labelKey, ToLongFunction<Network> figure, String source);

	}

}

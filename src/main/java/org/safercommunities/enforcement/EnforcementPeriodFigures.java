package org.safercommunities.enforcement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.safercommunities.plans.FigureBlock;
import org.safercommunities.plans.PeriodFigures;
import org.safercommunities.plans.ReportPeriod;
import org.safercommunities.plans.ReportTopic;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Enforcement for the board pack and the annual report, for the whole partnership as the report page shows it:
 * tools and powers by kind (seed 001 Fig. 3), fixed penalty notices issued and by offence code with whole
 * percentages that add up to 100 (Fig. 5), and the notices paid.
 */
@Component
class EnforcementPeriodFigures implements PeriodFigures {

	private final EnforcementFigures figures;

	private final EnforcementStore store;

	private final MessageSource messages;

	EnforcementPeriodFigures(EnforcementFigures figures, EnforcementStore store, MessageSource messages) {
		this.figures = figures;
		this.store = store;
		this.messages = messages;
	}

	@Override
	public java.util.Optional<java.time.LocalDate> recordsFrom() {
		return figures.firstIssued();
	}

	@Override
	public ReportTopic topic() {
		return ReportTopic.ENFORCEMENT;
	}

	@Override
	public List<FigureBlock> figures(ReportPeriod period) {
		ReportPeriod before = period.yearBefore();
		Optional<LocalDate> first = figures.firstIssued();
		// Whether the register reaches back to the year before, by the contract's own rule: its tables need it too.
		boolean held = FigureBlock.Count.previousIfHeld(first, period, () -> 0) != null;
		String source = "/staff/enforcement/reports?from=" + period.from() + "&to=" + period.to();
		EnforcementFigures.Payments payments = figures.payments(period.from(), period.to(), null);
		Optional<EnforcementFigures.Payments> paymentsBefore = Optional.of(before).filter(year -> held)
			.map(year -> figures.payments(year.from(), year.to(), null));
		return List.of(
				tools(period, held, source),
				new FigureBlock.Count("enforcement.penalties", "enforcement.figures.penalties", payments.issued(),
						paymentsBefore.map(EnforcementFigures.Payments::issued).orElse(null), source),
				byOffence(period, source),
				new FigureBlock.Count("enforcement.penalties-paid", "enforcement.figures.paid", payments.paid(),
						paymentsBefore.map(EnforcementFigures.Payments::paid).orElse(null), source));
	}

	/** Every kind used in the period or the year before, with both counts (the year before blank when not held). */
	private FigureBlock tools(ReportPeriod period, boolean held, String source) {
		Map<ToolKind, Long> now = figures.toolsAndPowers(period.from(), period.to(), null);
		Map<ToolKind, Long> before = figures.toolsAndPowers(period.yearBefore().from(), period.yearBefore().to(), null);
		List<List<String>> rows = new ArrayList<>();
		for (ToolKind kind : ToolKind.values()) {
			if (now.get(kind) > 0 || (held && before.get(kind) > 0)) {
				rows.add(List.of(messages.getMessage(kind.messageKey(), null, Locale.UK), String.valueOf(now.get(kind)),
						held ? String.valueOf(before.get(kind)) : ""));
			}
		}
		return new FigureBlock.Table("enforcement.tools", "enforcement.reports.tools",
				List.of("enforcement.register.kind", "enforcement.figures.this-period", "enforcement.figures.year-before"),
				rows, "enforcement.figures.tools-none", source);
	}

	private FigureBlock byOffence(ReportPeriod period, String source) {
		Map<String, String> offences = store.offenceCodes().stream()
			.collect(Collectors.toMap(EnforcementStore.OffenceCode::code, EnforcementStore.OffenceCode::offence));
		List<List<String>> rows = figures.penaltiesByOffence(period.from(), period.to(), null).stream()
			.map(share -> List.of(share.code(), offences.getOrDefault(share.code(), ""), String.valueOf(share.count()),
					messages.getMessage("enforcement.reports.percent-value", new Object[] { share.percent() }, Locale.UK)))
			.toList();
		return new FigureBlock.Table("enforcement.penalties-by-offence", "enforcement.reports.penalties",
				List.of("enforcement.reports.code", "enforcement.reports.offence", "enforcement.reports.count",
						"enforcement.reports.percent"),
				rows, "enforcement.reports.penalties-none", source);
	}

}

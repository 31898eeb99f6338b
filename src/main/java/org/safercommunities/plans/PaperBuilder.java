package org.safercommunities.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.safercommunities.performance.DashboardSummary;
import org.safercommunities.plans.PlanRecords.Action;
import org.safercommunities.plans.PlanRecords.Meeting;
import org.safercommunities.plans.PlanRecords.Priority;
import org.safercommunities.plans.PlanRecords.Strategy;
import org.safercommunities.plans.PlanViews.ActionView;
import org.safercommunities.shared.UkDates;
import org.safercommunities.system.PartnershipSettings;
import org.safercommunities.system.WebSettings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts together the annual report (structured like seed 001: summary, purpose, one section per priority of the
 * strategy in force, then the figures by topic, then case studies) and a board meeting's pack (the action plan's
 * status and overdue actions, then the figures since the board last met). Figures come from
 * {@link PaperFigures}; words written by officers from the draft; nothing here is typed or stored.
 */
@Component
class PaperBuilder {

	/** Sections of the annual report that hold only officers' words, before and after the figures. */
	static final String SUMMARY = "summary", PURPOSE = "purpose", CASE_STUDIES = "case-studies";

	private final PaperFigures figures;

	private final PlanStore plans;

	private final PlanViews views;

	private final MessageSource messages;

	private final WebSettings web;

	private final PartnershipSettings partnership;

	private final DashboardSummary dashboard;

	PaperBuilder(PaperFigures figures, PlanStore plans, PlanViews views, MessageSource messages, WebSettings web,
			PartnershipSettings partnership, DashboardSummary dashboard) {
		this.dashboard = dashboard;
		this.figures = figures;
		this.plans = plans;
		this.views = views;
		this.messages = messages;
		this.web = web;
		this.partnership = partnership;
	}

	/** The section keys of an annual report for the year, in order, so officers can write in each. */
	List<String> annualSectionKeys(int startYear) {
		List<String> keys = new ArrayList<>(List.of(SUMMARY, PURPOSE));
		strategiesIn(ReportPeriod.financialYear(startYear))
			.forEach(strategy -> plans.priorities(strategy.id()).forEach(priority -> keys.add(priorityKey(priority))));
		Arrays.stream(ReportTopic.values()).forEach(topic -> keys.add(topicKey(topic)));
		keys.add(CASE_STUDIES);
		return keys;
	}

	Paper annualReport(int startYear, Map<String, String> narratives, LocalDate today) {
		return annualReport(startYear, narratives, List.of(), today);
	}

	/** The annual report with the case studies chosen for it, shown after the case studies' narrative. */
	Paper annualReport(int startYear, Map<String, String> narratives, List<PaperStore.ChosenStudy> studies,
			LocalDate today) {
		FigureWording wording = new FigureWording(messages, Locale.UK);
		ReportPeriod year = ReportPeriod.financialYear(startYear);
		boolean soFar = !today.isAfter(year.to());
		ReportPeriod period = soFar && !today.isBefore(year.from()) ? new ReportPeriod(year.from(), today) : year;
		String covers = soFar ? wording.message("plans.paper.annual.so-far", String.valueOf(startYear), UkDates.day(period.to()))
				: wording.message("plans.paper.annual.covers", String.valueOf(startYear), String.valueOf(startYear + 1));
		List<Paper.Section> sections = new ArrayList<>();
		sections.add(written(SUMMARY, wording.message("plans.paper.section.summary"), narratives));
		sections.add(written(PURPOSE, wording.message("plans.paper.section.purpose"), narratives));
		List<Strategy> strategies = strategiesIn(year);
		for (Strategy strategy : strategies) {
			List<Action> actions = plans.actionsOfStrategy(strategy.id());
			for (Priority priority : plans.priorities(strategy.id())) {
				List<Paper.Block> lines = actions.stream().filter(action -> action.priorityId() == priority.id())
					.<Paper.Block>map(action -> actionLine(views.view(action, today), wording))
					.toList();
				String heading = wording.message("plans.paper.section.priority", priority.details().number(),
						priority.details().title());
				// Two strategies in force both have a priority 1: the strategy's name tells them apart.
				sections.add(new Paper.Section(priorityKey(priority), strategies.size() > 1
						? wording.message("plans.paper.section.strategy-priority", strategy.details().name(), heading) : heading,
						paragraphs(narratives.get(priorityKey(priority))), lines));
			}
		}
		sections.addAll(topicSections(period, wording, narratives));
		sections.add(new Paper.Section(CASE_STUDIES, wording.message("plans.paper.section.case-studies"),
				paragraphs(narratives.get(CASE_STUDIES)), List.of(), studies.stream()
					.map(study -> new Paper.Study(study.id(), study.heading(), paragraphs(study.introduction()),
							paragraphs(study.summary())))
					.toList()));
		return new Paper(wording.message("plans.paper.annual.title", partnershipName(), label(startYear)), covers,
				sections);
	}

	/**
	 * A meeting's pack: the days since the board last met (or the three months before, for its first meeting) to
	 * the day before it meets, or to today for a meeting still to come.
	 */
	Paper boardPack(Meeting meeting, LocalDate today) {
		FigureWording wording = new FigureWording(messages, Locale.UK);
		LocalDate to = meeting.meetsOn().minusDays(1).isAfter(today) ? today : meeting.meetsOn().minusDays(1);
		LocalDate from = plans.meetingBefore(meeting.boardId(), meeting.meetsOn()).orElse(to.minusMonths(3).minusDays(-1));
		ReportPeriod period = new ReportPeriod(from.isAfter(to) ? to : from, to);
		List<Paper.Section> sections = new ArrayList<>();
		sections.add(planStatus(today, wording));
		sections.add(overdue(today, wording));
		sections.add(dashboardSection(wording));
		sections.add(chartsSection(plans.meetingIndicators(meeting.id()), wording));
		sections.addAll(topicSections(period, wording, Map.of()));
		return new Paper(wording.message("plans.paper.pack.title", meeting.boardName(), UkDates.day(meeting.meetsOn())),
				wording.message("plans.paper.pack.covers", UkDates.day(period.from()), UkDates.day(period.to())),
				sections);
	}

	private List<Paper.Section> topicSections(ReportPeriod period, FigureWording wording, Map<String, String> narratives) {
		Map<ReportTopic, List<Paper.Block>> byTopic = figures.between(period, wording, web.baseUrl());
		List<Paper.Section> sections = new ArrayList<>();
		for (ReportTopic topic : ReportTopic.values()) {
			List<Paper.Block> blocks = byTopic.getOrDefault(topic, List.of());
			if (!blocks.isEmpty() || narratives.containsKey(topicKey(topic))) {
				sections.add(new Paper.Section(topicKey(topic),
						wording.message("plans.paper.section.topic." + topic.name()),
						paragraphs(narratives.get(topicKey(topic))), blocks));
			}
		}
		return sections;
	}

	/** The dashboard's overview as the board reads it, then each indicator's exceptions and latest commentary. */
	private Paper.Section dashboardSection(FigureWording wording) {
		List<DashboardSummary.Line> lines = dashboard.homeBorough();
		List<Paper.Block> blocks = new ArrayList<>();
		blocks.add(new Paper.Table("dashboard.overview", wording.message("plans.paper.dashboard.title"),
				List.of(wording.message("plans.paper.dashboard.indicator"), wording.message("plans.paper.dashboard.status"),
						wording.message("plans.paper.dashboard.up-to"), wording.message("plans.paper.dashboard.change")),
				lines.stream().map(line -> List.of(line.name(), line.status(),
						line.upTo().isEmpty() ? wording.message("plans.paper.not-held") : line.upTo(), line.change())).toList(),
				wording.message("plans.paper.dashboard.none"), web.link("/staff/dashboard")));
		for (DashboardSummary.Line line : lines) {
			for (String exception : line.exceptions()) {
				blocks.add(new Paper.Line("dashboard." + line.code() + ".exception",
						wording.message("plans.paper.dashboard.exception", line.name(), exception), web.link(line.page())));
			}
			if (!line.commentary().isBlank()) {
				blocks.add(new Paper.Line("dashboard." + line.code() + ".commentary",
						wording.message("plans.paper.dashboard.commentary", line.name(), line.commentary()), web.link(line.page())));
			}
		}
		return new Paper.Section("dashboard", wording.message("plans.paper.section.dashboard"), List.of(), blocks);
	}

	/** The chosen indicators' control charts, each with the table of what it draws. */
	private Paper.Section chartsSection(java.util.Set<String> chosen, FigureWording wording) {
		List<Paper.Block> blocks = new ArrayList<>();
		for (DashboardSummary.IndicatorChart chart : chosen.isEmpty() ? List.<DashboardSummary.IndicatorChart>of()
				: dashboard.charts(chosen)) {
			blocks.add(chart.points().size() < 2
					? new Paper.Line("chart." + chart.code(), wording.message(
							chart.held() ? "plans.paper.chart.too-few" : "plans.paper.chart.none", chart.name()),
							web.link(chart.page()))
					: chart(chart, wording));
		}
		return new Paper.Section("charts", wording.message("plans.paper.section.charts"),
				blocks.isEmpty() ? List.of(wording.message("plans.paper.charts.none-chosen")) : List.of(), blocks);
	}

	private Paper.Chart chart(DashboardSummary.IndicatorChart chart, FigureWording wording) {
		List<DashboardSummary.ChartPoint> points = chart.points();
		String first = UkDates.month(points.get(0).month()), last = UkDates.month(points.get(points.size() - 1).month());
		long signals = points.stream().filter(DashboardSummary.ChartPoint::signal).count();
		String description = wording.message("plans.paper.chart.description", chart.name(), first, last,
				String.valueOf(points.size()), oneDecimal(points.get(0).centre()), String.valueOf(signals));
		List<String> missing = missingMonths(points);
		List<String> notes = missing.isEmpty() ? List.of()
				: List.of(wording.message("plans.paper.chart.gaps", String.join(", ", missing)));
		String title = wording.message("plans.paper.chart.title", chart.name());
		ChartSvg.Words words = new ChartSvg.Words(title, description, wording.message("plans.paper.chart.values"),
				wording.message("plans.paper.chart.mean"), wording.message("plans.paper.chart.limits"),
				wording.message("plans.paper.chart.signal"));
		String yes = wording.message("plans.paper.chart.yes");
		Paper.Table table = new Paper.Table("chart." + chart.code() + ".table",
				wording.message("plans.paper.chart.table", chart.name()),
				List.of(wording.message("plans.paper.chart.month"), wording.message("plans.paper.chart.value"),
						wording.message("plans.paper.chart.mean"), wording.message("plans.paper.chart.lower"),
						wording.message("plans.paper.chart.upper"), wording.message("plans.paper.chart.signal")),
				points.stream().map(point -> List.of(UkDates.shortMonth(point.month()), oneDecimal(point.value()),
						oneDecimal(point.centre()), oneDecimal(point.lower()), oneDecimal(point.upper()),
						point.signal() ? yes : "")).toList(),
				"", web.link(chart.page()));
		return new Paper.Chart("chart." + chart.code(), title, ChartSvg.draw("chart-" + chart.code(), points, words),
				description, notes, table, web.link(chart.page()));
	}

	/** The months between the first and last on a chart that have no figures, in words. */
	static List<String> missingMonths(List<DashboardSummary.ChartPoint> points) {
		java.util.Set<java.time.YearMonth> held = points.stream().map(DashboardSummary.ChartPoint::month)
			.collect(java.util.stream.Collectors.toSet());
		List<String> missing = new ArrayList<>();
		for (java.time.YearMonth month = points.get(0).month(); month.isBefore(points.get(points.size() - 1).month());
				month = month.plusMonths(1)) {
			if (!held.contains(month)) {
				missing.add(UkDates.month(month));
			}
		}
		return missing;
	}

	/** 12, 12.5: a whole number without its point, others to one decimal place. */
	static String oneDecimal(double value) {
		return value == Math.rint(value) ? String.format(Locale.UK, "%,d", (long) value)
				: String.format(Locale.UK, "%,.1f", value);
	}

	private Paper.Section planStatus(LocalDate today, FigureWording wording) {
		List<Paper.Block> lines = new ArrayList<>();
		for (Strategy strategy : plans.strategies()) {
			if (strategy.details().periodTo().isBefore(today)) {
				continue;
			}
			PlanViews.StrategySummary summary = views.summary(strategy, plans.actionsOfStrategy(strategy.id()), today);
			List<String> counts = new ArrayList<>();
			for (ActionStatus status : ActionStatus.values()) {
				if (summary.count(status) > 0) {
					counts.add(wording.message("plans.paper.status-count", summary.count(status),
							wording.message(status.messageKey())));
				}
			}
			counts.add(wording.message("plans.paper.overdue-count", summary.overdue()));
			lines.add(new Paper.Line("plan." + strategy.id(), wording.message("plans.paper.strategy-line",
					strategy.details().name(), summary.actions(), String.join(", ", counts)),
					web.link("/staff/plans/" + strategy.id())));
		}
		return new Paper.Section("plan-status", wording.message("plans.paper.section.plan-status"), List.of(), lines);
	}

	private Paper.Section overdue(LocalDate today, FigureWording wording) {
		// Only the plans still in force: a strategy that has ended is history, not the board's business now.
		java.util.Set<Long> inForce = plans.strategies().stream()
			.filter(strategy -> !strategy.details().periodTo().isBefore(today))
			.flatMap(strategy -> plans.priorities(strategy.id()).stream())
			.map(Priority::id)
			.collect(java.util.stream.Collectors.toSet());
		List<Paper.Block> lines = plans.allActions().stream()
			.filter(action -> action.overdueOn(today) && inForce.contains(action.priorityId()))
			.<Paper.Block>map(action -> actionLine(views.view(action, today), wording))
			.toList();
		return new Paper.Section("overdue", wording.message("plans.paper.section.overdue"),
				lines.isEmpty() ? List.of(wording.message("plans.paper.no-overdue")) : List.of(), lines);
	}

	private Paper.Line actionLine(ActionView view, FigureWording wording) {
		Action action = view.action();
		String deadline = action.details().deadline() == null ? wording.message("plans.no-deadline")
				: UkDates.day(action.details().deadline());
		String status = wording.message(view.status().messageKey())
				+ (action.ragReason() == null || action.ragReason().isBlank() ? ""
						: wording.message("plans.paper.action-reason", action.ragReason()));
		return new Paper.Line("action." + action.id(), wording.message("plans.paper.action-line",
				action.details().reference(), withoutFullStop(action.details().what()), view.leadOrganisation(), deadline, status,
				view.overdue() ? wording.message("plans.paper.action-overdue") : ""),
				web.link("/staff/plans/actions/" + action.id()));
	}

	private List<Strategy> strategiesIn(ReportPeriod period) {
		return plans.strategies().stream()
			.filter(strategy -> !strategy.details().periodFrom().isAfter(period.to())
					&& !strategy.details().periodTo().isBefore(period.from()))
			.toList();
	}

	private static Paper.Section written(String key, String heading, Map<String, String> narratives) {
		return new Paper.Section(key, heading, paragraphs(narratives.get(key)), List.of());
	}

	/** The line adds its own full stop after the action's words. */
	static String withoutFullStop(String text) {
		return text.strip().replaceAll("\\.+$", "");
	}

	/** What an officer wrote, split at blank lines into paragraphs. */
	static List<String> paragraphs(String narrative) {
		if (narrative == null || narrative.isBlank()) {
			return List.of();
		}
		return Arrays.stream(narrative.strip().split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	static String priorityKey(Priority priority) {
		return "priority-" + priority.id();
	}

	static String topicKey(ReportTopic topic) {
		return topic.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** "2022/23". */
	static String label(int startYear) {
		return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
	}

	private String partnershipName() {
		return partnership.name() == null || partnership.name().isBlank() ? "" : partnership.name();
	}

}

package org.safercommunities.centres;

import org.safercommunities.shared.UkDates;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.reporting.ReportInbox;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.StaffActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.safercommunities.shared.IndicatorCountsChanged;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Monthly monitoring returns (seed 003 recommendation f, replacing the paper form): pre-filled from the reports
 * taken at the centre, completed with what the centre took outside the product, sent, and corrected with a
 * reason. The dashboard takes the returns' totals through {@link CentreNetworkCounts}.
 */
@Service
@Transactional
class CentreReturns {

	private final CentreReturnRepository returns;

	private final CentreRepository centres;

	private final ReportInbox reports;

	private final Organisations organisations;

	private final ReturnRows rows;

	private final CentresSettings settings;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CentreReturns(CentreReturnRepository returns, CentreRepository centres, ReportInbox reports,
			Organisations organisations, ReturnRows rows, CentresSettings settings, MessageSource messages,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.returns = returns;
		this.centres = centres;
		this.reports = reports;
		this.organisations = organisations;
		this.rows = rows;
		this.settings = settings;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(CentreManagement.UK));
	}

	ReturnCalendar calendar() {
		return settings.calendar();
	}

	List<ReturnRows.Group> groups() {
		return rows.groups();
	}

	/** The product's own figures for a centre's month: what the return is pre-filled with. */
	@Transactional(readOnly = true)
	Map<String, Integer> prefill(long organisationId, YearMonth month) {
		CentreAccess.checkCanViewReturnsOf(CurrentActor.require(), organisationId);
		return ReturnRows.figuresOf(reports.centreMonth(organisationId, month));
	}

	@Transactional(readOnly = true)
	boolean alreadySent(long organisationId, YearMonth month) {
		return returns.existsByOrganisationIdAndReturnMonth(organisationId, month.atDay(1));
	}

	@PreAuthorize("hasAnyRole('CENTRE_WORKER', 'OFFICER')")
	CentreReturn submit(long organisationId, YearMonth month, Map<String, Integer> outside, String comment) {
		StaffActor actor = CurrentActor.require();
		CentreAccess.checkCanSubmitFor(actor, organisationId);
		Centre centre = centres.findById(organisationId).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		if (!centre.isActive() || !ReturnCalendar.ended(month, today()) || alreadySent(organisationId, month)) {
			throw new ResponseStatusException(CONFLICT, "No return can be sent for centre " + organisationId + " " + month);
		}
		CentreReturn sent = returns.save(new CentreReturn(organisationId, month,
				ReturnRows.figuresOf(reports.centreMonth(organisationId, month)), outside, blankToNull(comment),
				clock.instant(), actor.username()));
		audit.record("CENTRE_RETURN_SENT", "centre_return", sent.getId(), "Centre " + organisationId + " " + month);
		events.publishEvent(IndicatorCountsChanged.of(CentreNetworkCounts.RETURNS, month));
		return sent;
	}

	/** Corrects a sent return: the product's figures are counted again, and the reason and changes are kept. */
	@PreAuthorize("hasAnyRole('CENTRE_WORKER', 'OFFICER')")
	CentreReturn correct(long id, Map<String, Integer> outside, String comment, String reason) {
		StaffActor actor = CurrentActor.require();
		CentreReturn sent = returns.findById(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		CentreAccess.checkCanCorrect(actor, sent);
		Map<String, Integer> inProduct = ReturnRows.figuresOf(reports.centreMonth(sent.getOrganisationId(), sent.getMonth()));
		String changes = changes(sent, inProduct, outside, blankToNull(comment));
		sent.correct(inProduct, outside, blankToNull(comment), reason.strip(), changes, clock.instant(), actor.username());
		audit.record("CENTRE_RETURN_CORRECTED", "centre_return", id, reason.strip());
		events.publishEvent(IndicatorCountsChanged.of(CentreNetworkCounts.RETURNS, sent.getMonth()));
		return sent;
	}

	@Transactional(readOnly = true)
	CentreReturn open(long id) {
		CentreReturn sent = returns.findById(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		CentreAccess.checkCanView(CurrentActor.require(), sent);
		sent.getCorrections().size();
		return sent;
	}

	/** A centre's months, newest first: each sent, due or overdue (for the centre's own returns page). */
	@Transactional(readOnly = true)
	List<MonthState> monthsOf(long organisationId) {
		CentreAccess.checkCanViewReturnsOf(CurrentActor.require(), organisationId);
		Map<YearMonth, CentreReturn> sent = returns.findByOrganisationIdOrderByReturnMonthDesc(organisationId).stream()
			.collect(Collectors.toMap(CentreReturn::getMonth, Function.identity()));
		LocalDate today = today();
		List<YearMonth> months = new ArrayList<>(centres.findById(organisationId)
			.filter(Centre::isActive)
			.map(centre -> ReturnCalendar.owed(centre.getActiveSince(), today))
			.orElse(List.of()));
		sent.keySet().stream().filter(month -> !months.contains(month)).forEach(months::add);
		return months.stream().sorted(Comparator.reverseOrder())
			.map(month -> state(month, sent.get(month), true, today))
			.toList();
	}

	/** Every centre that is active or has sent a return, month by month: for the Community Safety Team. */
	@PreAuthorize("hasAnyRole('OFFICER', 'COORDINATOR')")
	@Transactional(readOnly = true)
	Grid grid(YearMonth from, YearMonth to) {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
			months.add(month);
		}
		Map<Long, Map<YearMonth, CentreReturn>> sent = inMonths(from, to).stream()
			.collect(Collectors.groupingBy(CentreReturn::getOrganisationId,
					Collectors.toMap(CentreReturn::getMonth, Function.identity())));
		Map<Long, String> names = organisationNames();
		LocalDate today = today();
		List<GridRow> gridRows = centres.findAll().stream()
			.filter(centre -> centre.isActive() || sent.containsKey(centre.getOrganisationId()))
			.map(centre -> {
				Map<YearMonth, CentreReturn> own = sent.getOrDefault(centre.getOrganisationId(), Map.of());
				List<YearMonth> owed = centre.isActive() ? ReturnCalendar.owed(centre.getActiveSince(), today) : List.of();
				return new GridRow(centre.getOrganisationId(), names.getOrDefault(centre.getOrganisationId(), ""),
						centre.getStatus(), months.stream()
							.map(month -> state(month, own.get(month), owed.contains(month), today)).toList());
			})
			.sorted(Comparator.comparing(GridRow::centreName))
			.toList();
		return new Grid(months, gridRows);
	}

	/** Returns for the exports, with the centre's name. The export is audited (so not a read-only transaction). */
	@PreAuthorize("hasAnyRole('OFFICER', 'COORDINATOR')")
	List<ReturnExport.Line> exportLines(YearMonth from, YearMonth to) {
		Map<Long, String> names = organisationNames();
		List<ReturnExport.Line> lines = inMonths(from, to).stream()
			.peek(sent -> sent.getCorrections().size())
			.map(sent -> new ReturnExport.Line(names.getOrDefault(sent.getOrganisationId(), ""), sent))
			.sorted(Comparator.comparing((ReturnExport.Line line) -> line.sent().getMonth()).thenComparing(ReturnExport.Line::centreName))
			.toList();
		audit.record("CENTRE_RETURNS_EXPORTED", "centre_return", null, from + " to " + to);
		return lines;
	}

	/** How many of a centre's owed months have a return, and how many are overdue without one. */
	@Transactional(readOnly = true)
	ReturnsCount countFor(Centre centre, LocalDate today) {
		List<CentreReturn> own = returns.findByOrganisationIdOrderByReturnMonthDesc(centre.getOrganisationId());
		YearMonth yearAgo = YearMonth.from(today).minusMonths(12);
		long received = own.stream().filter(sent -> !sent.getMonth().isBefore(yearAgo)).count();
		long overdue = centre.isActive() ? missingOverdue(centre, own, today).size() : 0;
		return new ReturnsCount(received, overdue);
	}

	/** Overdue months without a return, oldest first. */
	List<YearMonth> missingOverdue(Centre centre, List<CentreReturn> own, LocalDate today) {
		List<YearMonth> sentMonths = own.stream().map(CentreReturn::getMonth).toList();
		return ReturnCalendar.owed(centre.getActiveSince(), today).stream()
			.filter(month -> calendar().overdue(month, today) && !sentMonths.contains(month))
			.toList();
	}

	List<CentreReturn> of(long organisationId) {
		return returns.findByOrganisationIdOrderByReturnMonthDesc(organisationId);
	}

	Optional<CentreReturn> find(long organisationId, YearMonth month) {
		return returns.findByOrganisationIdAndReturnMonth(organisationId, month.atDay(1));
	}

	String centreName(long organisationId) {
		return organisations.find(organisationId).map(Organisation::getName).orElse("");
	}

	private MonthState state(YearMonth month, CentreReturn sent, boolean owed, LocalDate today) {
		LocalDate due = calendar().dueDate(month);
		String status = sent != null ? "SENT" : !owed ? "NOT_OWED" : calendar().overdue(month, today) ? "OVERDUE" : "DUE";
		return new MonthState(month, UkDates.month(month), UkDates.monthParam(month), due, status,
				sent == null ? null : sent.getId(), sent == null ? null : sent.getTotal());
	}

	private List<CentreReturn> inMonths(YearMonth from, YearMonth to) {
		return returns.findByReturnMonthBetweenOrderByReturnMonthAsc(from.atDay(1), to.atDay(1));
	}

	private Map<Long, String> organisationNames() {
		return organisations.all().stream().collect(Collectors.toMap(Organisation::getId, Organisation::getName));
	}

	/** "Paper form (outside Safer Communities): 2 → 3; Comment changed", in English for the history. */
	private String changes(CentreReturn before, Map<String, Integer> inProduct, Map<String, Integer> outside, String comment) {
		List<String> changed = new ArrayList<>();
		describeChanges(before.getInProduct(), inProduct, "centres.returns.source.in-product", changed);
		describeChanges(before.getOutside(), outside, "centres.returns.source.outside", changed);
		if (!Objects.equals(before.getComment(), comment)) {
			changed.add(message("centres.returns.comment-changed"));
		}
		return changed.isEmpty() ? message("centres.returns.no-change") : String.join("; ", changed);
	}

	private void describeChanges(Map<String, Integer> before, Map<String, Integer> after, String sourceKey,
			List<String> changed) {
		for (ReturnRows.Row row : rows.all()) {
			int was = before.getOrDefault(row.key(), 0);
			int now = after.getOrDefault(row.key(), 0);
			if (was != now) {
				changed.add(message(row.messageKey()) + " (" + message(sourceKey) + "): " + was + " \u2192 " + now);
			}
		}
	}

	private String message(String key) {
		return messages.getMessage(key, null, java.util.Locale.UK);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** One month of one centre: SENT, DUE, OVERDUE, or NOT_OWED (before it was active). */
	record MonthState(YearMonth month, String label, String param, LocalDate due, String status, Long returnId,
			Integer total) {

		public String statusKey() {
			return "centres.returns.state." + status;
		}

	}

	record GridRow(long centreId, String centreName, CentreStatus status, List<MonthState> months) {
	}

	record Grid(List<YearMonth> months, List<GridRow> rows) {
	}

	record ReturnsCount(long received, long overdue) {
	}

}

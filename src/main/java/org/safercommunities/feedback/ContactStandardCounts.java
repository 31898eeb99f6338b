package org.safercommunities.feedback;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.safercommunities.shared.IndicatorCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contact standards for the dashboard (source {@code CONTACT_STANDARDS}), for the borough and the report's
 * ward, as pairs a percentage indicator divides. By the month the report came in: {@code ELIGIBLE} reports whose
 * reporter agreed to be contacted and {@code CONTACTED_IN_TIME} of them; {@code VISIT_AGREED} and
 * {@code VISITED_IN_TIME}. By the month of the visit: {@code VISITED} and {@code SURVEYED_IN_TIME} (the survey
 * invitation sent on the day of the visit or within the set days after it). One not yet contacted, visited or
 * surveyed counts as not in time. Counted in Java: the date arithmetic is the same on both databases that way.
 */
@Component
class ContactStandardCounts implements IndicatorCounts {

	private static final String ROWS = """
			select c.received_on, c.ward_code, c.contact_due_on, c.contacted_on, c.visit_agreed, c.visit_due_on,
			  c.visited_on, i.invited_on
			from feedback_contact c left join feedback_invitation i on i.report_id = c.report_id
			where (c.received_on >= ? and c.received_on < ?) or (c.visited_on >= ? and c.visited_on < ?)""";

	private final JdbcClient jdbc;

	private final ContactStandardSettings settings;

	ContactStandardCounts(JdbcClient jdbc, ContactStandardSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@Override
	public String source() {
		return ContactStandards.SOURCE;
	}

	@Override
	public boolean ownRecords() {
		return true;
	}

	@Override
	public long changeMark() {
		return jdbc.sql("""
				select (select count(*) from feedback_contact), (select coalesce(sum(version), 0) from feedback_contact),
				  (select coalesce(max(id), 0) from feedback_contact),
				  (select count(*) from feedback_invitation where invited_on is not null)""")
			.query((rs, row) -> IndicatorCounts.mark(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}

	@Override
	public Optional<Months> monthsHeld() {
		return jdbc.sql("select min(received_on), max(coalesce(visited_on, received_on)) from feedback_contact")
			.query((rs, row) -> Months.held(rs)).single();
	}

	@Override
	public void countMonths(Months months, Consumer<Count> counts) {
		LocalDate from = months.first().atDay(1);
		LocalDate to = months.last().plusMonths(1).atDay(1);
		Map<List<Object>, Long> totals = new HashMap<>();
		jdbc.sql(ROWS).params(from, to, from, to).query((java.sql.ResultSet rs) -> {
			LocalDate received = rs.getObject(1, LocalDate.class);
			String ward = rs.getString(2);
			LocalDate contactDue = rs.getObject(3, LocalDate.class);
			LocalDate contacted = rs.getObject(4, LocalDate.class);
			LocalDate visitDue = rs.getObject(6, LocalDate.class);
			LocalDate visited = rs.getObject(7, LocalDate.class);
			LocalDate invited = rs.getObject(8, LocalDate.class);
			if (!received.isBefore(from) && received.isBefore(to)) {
				add("ELIGIBLE", ward, received, totals);
				if (contacted != null && !contacted.isAfter(contactDue)) {
					add("CONTACTED_IN_TIME", ward, received, totals);
				}
				if (rs.getBoolean(5)) {
					add("VISIT_AGREED", ward, received, totals);
					if (visited != null && visitDue != null && !visited.isAfter(visitDue)) {
						add("VISITED_IN_TIME", ward, received, totals);
					}
				}
			}
			if (visited != null && !visited.isBefore(from) && visited.isBefore(to)) {
				add("VISITED", ward, visited, totals);
				if (invited != null && !invited.isBefore(visited)
						&& !invited.isAfter(visited.plusDays(settings.surveyWithinDaysOfVisit()))) {
					add("SURVEYED_IN_TIME", ward, visited, totals);
				}
			}
		});
		totals.forEach((key, count) -> IndicatorCounts.boroughAndWard((String) key.get(0), (String) key.get(1), ALL,
				(LocalDate) key.get(2), count, counts));
	}

	private static void add(String measure, String ward, LocalDate day, Map<List<Object>, Long> totals) {
		totals.merge(java.util.Arrays.asList(measure, ward, day.withDayOfMonth(1)), 1L, Long::sum);
	}

	@Override
	public List<CoveredMonth> coverage(String measure, YearMonth lastComplete) {
		return IndicatorCounts.everyMonthFromTheFirst(monthsHeld(), lastComplete);
	}

}

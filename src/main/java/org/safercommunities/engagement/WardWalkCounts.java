package org.safercommunities.engagement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.safercommunities.shared.IndicatorCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ward Walk figures for the dashboard (source {@code WARD_WALKS}), for the borough and the walk's ward: walks
 * {@code SCHEDULED} and {@code HELD} by the month of the walk (held against scheduled), and issues
 * {@code CLOSED_ON_TIME} (by their due date) by the month closed. Every month from the first walk on is data.
 */
@Component
class WardWalkCounts implements IndicatorCounts {

	private static final String WALKS = """
			select extract(year from walk_on), extract(month from walk_on), ward_code, count(*),
			  sum(case when held then 1 else 0 end)
			from engagement_ward_walk where walk_on >= ? and walk_on < ?
			group by extract(year from walk_on), extract(month from walk_on), ward_code""";

	private static final String ON_TIME = """
			select extract(year from i.closed_on), extract(month from i.closed_on), w.ward_code, count(*)
			from engagement_walk_issue i join engagement_ward_walk w on w.id = i.walk_id
			where i.closed_on >= ? and i.closed_on < ? and i.due_on is not null and i.closed_on <= i.due_on
			group by extract(year from i.closed_on), extract(month from i.closed_on), w.ward_code""";

	private final JdbcClient jdbc;

	WardWalkCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String source() {
		return WardWalks.SOURCE;
	}

	@Override
	public boolean ownRecords() {
		return true;
	}

	@Override
	public long changeMark() {
		return jdbc.sql("""
				select (select count(*) from engagement_ward_walk),
				  (select count(*) from engagement_ward_walk where held),
				  (select coalesce(max(id), 0) from engagement_ward_walk),
				  (select coalesce(sum(version), 0) from engagement_walk_issue)""")
			.query((rs, row) -> IndicatorCounts.mark(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}

	@Override
	public Optional<Months> monthsHeld() {
		Optional<Months> walks = jdbc.sql("select min(walk_on), max(walk_on) from engagement_ward_walk")
			.query((rs, row) -> Months.held(rs)).single();
		Optional<Months> closed = jdbc.sql("select min(closed_on), max(closed_on) from engagement_walk_issue")
			.query((rs, row) -> Months.held(rs)).single();
		return closed.isEmpty() ? walks : Optional.of(walks.map(closed.get()::span).orElse(closed.get()));
	}

	@Override
	public void countMonths(Months months, Consumer<Count> counts) {
		LocalDate from = months.first().atDay(1);
		LocalDate to = months.last().plusMonths(1).atDay(1);
		jdbc.sql(WALKS).params(from, to).query((java.sql.ResultSet rs) -> {
			LocalDate month = LocalDate.of(rs.getInt(1), rs.getInt(2), 1);
			IndicatorCounts.boroughAndWard("SCHEDULED", rs.getString(3), ALL, month, rs.getLong(4), counts);
			IndicatorCounts.boroughAndWard("HELD", rs.getString(3), ALL, month, rs.getLong(5), counts);
		});
		jdbc.sql(ON_TIME).params(from, to).query((java.sql.ResultSet rs) -> IndicatorCounts.boroughAndWard(
				"CLOSED_ON_TIME", rs.getString(3), ALL, LocalDate.of(rs.getInt(1), rs.getInt(2), 1), rs.getLong(4), counts));
	}

	@Override
	public List<CoveredMonth> coverage(String measure, YearMonth lastComplete) {
		return IndicatorCounts.everyMonthFromTheFirst(monthsHeld(), lastComplete);
	}

}

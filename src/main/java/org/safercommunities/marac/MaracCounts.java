package org.safercommunities.marac;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.safercommunities.shared.IndicatorCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * CS MARAC figures for the dashboard (source {@code MARAC}), by the month of the meeting, for the borough: cases
 * heard ({@link IndicatorCounts#ALL}), {@code NEW} and {@code CLOSED}, and {@code MEETINGS} held, as Table 1.
 */
@Component
class MaracCounts implements IndicatorCounts {

	static final String SOURCE = "MARAC";

	private final JdbcClient jdbc;

	MaracCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	public boolean ownRecords() {
		return true;
	}

	@Override
	public long changeMark() {
		return jdbc.sql("""
				select (select count(*) from marac_meeting), count(*), coalesce(max(id), 0),
				  coalesce(sum(case when decision = 'CLOSE' then 1 else 0 end), 0) from marac_hearing""")
			.query((rs, row) -> IndicatorCounts.mark(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}

	@Override
	public Optional<Months> monthsHeld() {
		return jdbc.sql("select min(held_on), max(held_on) from marac_meeting").query((rs, row) -> Months.held(rs)).single();
	}

	@Override
	public void countMonths(Months months, Consumer<Count> counts) {
		jdbc.sql("""
				select extract(year from m.held_on), extract(month from m.held_on), count(distinct m.id), count(h.id),
				  coalesce(sum(case when h.kind = 'NEW' then 1 else 0 end), 0),
				  coalesce(sum(case when h.decision = 'CLOSE' then 1 else 0 end), 0)
				from marac_meeting m left join marac_hearing h on h.meeting_id = m.id
				where m.held_on >= ? and m.held_on < ?
				group by extract(year from m.held_on), extract(month from m.held_on)""")
			.params(months.first().atDay(1), months.last().plusMonths(1).atDay(1))
			.query((java.sql.ResultSet rs) -> {
				LocalDate period = LocalDate.of(rs.getInt(1), rs.getInt(2), 1);
				counts.accept(new Count("MEETINGS", Level.BOROUGH, null, ALL, period, rs.getLong(3)));
				counts.accept(new Count(ALL, Level.BOROUGH, null, ALL, period, rs.getLong(4)));
				counts.accept(new Count("NEW", Level.BOROUGH, null, ALL, period, rs.getLong(5)));
				counts.accept(new Count("CLOSED", Level.BOROUGH, null, ALL, period, rs.getLong(6)));
			});
	}

	@Override
	public List<CoveredMonth> coverage(String measure, YearMonth lastComplete) {
		return IndicatorCounts.everyMonthFromTheFirst(monthsHeld(), lastComplete);
	}

}

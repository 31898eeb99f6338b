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
 * Engagement figures for the dashboard (source {@code ENGAGEMENT}), by month, for the borough and, where the record
 * has one, its ward. Measures (the indicator's source filter): {@code SESSIONS} training sessions,
 * {@code STAFF_TRAINED} staff attending staff sessions, {@code RESIDENTS_TRAINED} residents at workshops,
 * {@code RESIDENTS_ENGAGED} residents engaged at events and stands, {@code CHAMPIONS} champions signed up, and
 * Community Safety Hub sessions ({@code HUB_SESSIONS}) with their contacts made ({@code HUB_CONTACTS}) and issues
 * raised ({@code HUB_ISSUES}), by the hub's ward. Every
 * month from the first record on is data: a month without any is a real zero. The tables are small and only
 * added to, so each refresh counts the months asked for whole.
 */
@Component
class EngagementCounts implements IndicatorCounts {

	static final String SOURCE = "ENGAGEMENT";

	private static final String SESSIONS = """
			select extract(year from s.held_on), extract(month from s.held_on), s.ward_code, count(*),
			  coalesce(sum(s.residents), 0), coalesce(sum(a.attendees), 0)
			from engagement_training_session s
			left join (select session_id, sum(attendees) attendees from engagement_training_audience group by session_id) a
			  on a.session_id = s.id
			where s.held_on >= ? and s.held_on < ?
			group by extract(year from s.held_on), extract(month from s.held_on), s.ward_code""";

	private static final String EVENTS = """
			select extract(year from held_on), extract(month from held_on), ward_code, sum(residents_engaged)
			from engagement_event where held_on >= ? and held_on < ?
			group by extract(year from held_on), extract(month from held_on), ward_code""";

	private static final String CHAMPIONS = """
			select extract(year from signed_up_on), extract(month from signed_up_on), ward_code, count(*)
			from engagement_champion where signed_up_on >= ? and signed_up_on < ?
			group by extract(year from signed_up_on), extract(month from signed_up_on), ward_code""";

	private static final String HUBS = """
			select extract(year from held_on), extract(month from held_on), ward_code, count(*), sum(contacts_made),
			  sum(issues_raised)
			from engagement_hub_session where held_on >= ? and held_on < ?
			group by extract(year from held_on), extract(month from held_on), ward_code""";

	private final JdbcClient jdbc;

	EngagementCounts(JdbcClient jdbc) {
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
				select (select count(*) from engagement_training_session), (select coalesce(max(id), 0) from engagement_training_session),
				  (select count(*) from engagement_event), (select coalesce(max(id), 0) from engagement_event),
				  (select count(*) from engagement_champion), (select coalesce(max(id), 0) from engagement_champion),
				  (select count(*) from engagement_hub_session), (select coalesce(max(id), 0) from engagement_hub_session)""")
			.query((rs, row) -> IndicatorCounts.mark(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
			.single();
	}

	@Override
	public Optional<Months> monthsHeld() {
		Optional<Months> held = Optional.empty();
		for (String range : List.of("select min(held_on), max(held_on) from engagement_training_session",
				"select min(held_on), max(held_on) from engagement_event",
				"select min(signed_up_on), max(signed_up_on) from engagement_champion",
				"select min(held_on), max(held_on) from engagement_hub_session")) {
			Optional<Months> table = jdbc.sql(range).query((rs, row) -> Months.held(rs)).single();
			if (table.isPresent()) {
				held = Optional.of(held.map(table.get()::span).orElse(table.get()));
			}
		}
		return held;
	}

	@Override
	public void countMonths(Months months, Consumer<Count> counts) {
		LocalDate from = months.first().atDay(1);
		LocalDate to = months.last().plusMonths(1).atDay(1);
		jdbc.sql(SESSIONS).params(from, to).query((java.sql.ResultSet rs) -> {
			LocalDate month = month(rs);
			String ward = rs.getString(3);
			count("SESSIONS", ward, month, rs.getLong(4), counts);
			count("RESIDENTS_TRAINED", ward, month, rs.getLong(5), counts);
			count("STAFF_TRAINED", ward, month, rs.getLong(6), counts);
		});
		jdbc.sql(EVENTS).params(from, to)
			.query((java.sql.ResultSet rs) -> count("RESIDENTS_ENGAGED", rs.getString(3), month(rs), rs.getLong(4), counts));
		jdbc.sql(CHAMPIONS).params(from, to)
			.query((java.sql.ResultSet rs) -> count("CHAMPIONS", rs.getString(3), month(rs), rs.getLong(4), counts));
		jdbc.sql(HUBS).params(from, to).query((java.sql.ResultSet rs) -> {
			LocalDate month = month(rs);
			count("HUB_SESSIONS", rs.getString(3), month, rs.getLong(4), counts);
			count("HUB_CONTACTS", rs.getString(3), month, rs.getLong(5), counts);
			count("HUB_ISSUES", rs.getString(3), month, rs.getLong(6), counts);
		});
	}

	private static LocalDate month(java.sql.ResultSet rs) throws java.sql.SQLException {
		return LocalDate.of(rs.getInt(1), rs.getInt(2), 1);
	}

	private static void count(String measure, String ward, LocalDate month, long count, Consumer<Count> counts) {
		IndicatorCounts.boroughAndWard(measure, ward, ALL, month, count, counts);
	}

	@Override
	public List<CoveredMonth> coverage(String measure, YearMonth lastComplete) {
		return IndicatorCounts.everyMonthFromTheFirst(monthsHeld(), lastComplete);
	}

}

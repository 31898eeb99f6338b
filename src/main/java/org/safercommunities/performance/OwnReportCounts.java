package org.safercommunities.performance;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

import org.safercommunities.shared.UkTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts of the product's own hate crime and incident reports (reporting module's tables hate_report and
 * hate_report_strand, read with SQL as documented), by the month and week they were received in London time.
 * Reports marked as duplicates of another are not counted again. The borough figure counts every report for the
 * partnership's borough; the ward figure needs the ward the report gave.
 */
@Component
class OwnReportCounts {

	static final String ASB = "Anti-social behaviour";

	static final ZoneId LONDON = UkTime.ZONE;

	/** Weeks of early-warning history kept: a year and a bit, enough for EARS C2's baseline and lag. */
	static final int WEEKS_KEPT = 53;

	private static final String CENTRE = "case when centre_organisation_id is null then 0 else 1 end";

	private final JdbcClient jdbc;

	private final Clock clock;

	OwnReportCounts(JdbcClient jdbc, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	long highestId() {
		return jdbc.sql("select coalesce(max(id), 0) from hate_report").query(Long.class).single();
	}

	/** The London date of the earliest report with an id above {@code id}, if any. */
	Optional<LocalDate> firstDaySince(long id) {
		return jdbc.sql("select min(submitted_at) from hate_report where id > ?")
			.param(id)
			.query(OffsetDateTime.class)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.map(time -> time.atZoneSameInstant(LONDON).toLocalDate());
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(LONDON));
	}

	void countMonth(YearMonth month, List<Indicator> own, String homeBorough, MonthlyRows rows) {
		count(month.atDay(1), month.plusMonths(1).atDay(1), own, homeBorough, rows, true);
	}

	void refreshWeeks(List<Indicator> own, LocalDate since, String homeBorough, JdbcTemplate template) {
		LocalDate thisWeek = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate oldest = thisWeek.minusWeeks(WEEKS_KEPT - 1);
		LocalDate from = since.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		if (from.isBefore(oldest)) {
			from = oldest;
		}
		for (Indicator indicator : own) {
			jdbc.sql("delete from indicator_week where indicator_code = ? and (week_start >= ? or week_start < ?)")
				.params(indicator.code(), from, oldest)
				.update();
		}
		MonthlyRows rows = new MonthlyRows();
		for (LocalDate week = from; !week.isAfter(thisWeek); week = week.plusWeeks(1)) {
			count(week, week.plusWeeks(1), own, homeBorough, rows, false);
		}
		rows.insertWeeks(template);
	}

	/** Reports received from {@code from} to before {@code to}, London dates, into rows keyed by {@code from}. */
	private void count(LocalDate from, LocalDate to, List<Indicator> own, String homeBorough, MonthlyRows rows,
			boolean withWards) {
		OffsetDateTime start = from.atStartOfDay(LONDON).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
		OffsetDateTime end = to.atStartOfDay(LONDON).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
		jdbc.sql("select ward_code, " + CENTRE + ", count(*) from hate_report where submitted_at >= ? and "
				+ "submitted_at < ? and duplicate_of_id is null group by ward_code, " + CENTRE)
			.params(start, end)
			.query((java.sql.ResultSet rs) -> add(own, rs.getString(1), rs.getInt(2) == 1, Indicator.ALL_STRANDS,
					rs.getLong(3), from, homeBorough, rows, withWards));
		jdbc.sql("select r.ward_code, " + CENTRE.replace("centre_", "r.centre_") + ", s.strand, count(*) "
				+ "from hate_report r join hate_report_strand s on s.report_id = r.id "
				+ "where r.submitted_at >= ? and r.submitted_at < ? and r.duplicate_of_id is null "
				+ "group by r.ward_code, " + CENTRE.replace("centre_", "r.centre_") + ", s.strand")
			.params(start, end)
			.query((java.sql.ResultSet rs) -> add(own, rs.getString(1), rs.getInt(2) == 1, rs.getString(3),
					rs.getLong(4), from, homeBorough, rows, withWards));
	}

	private static void add(List<Indicator> own, String ward, boolean viaCentre, String strand, long count,
			LocalDate period, String homeBorough, MonthlyRows rows, boolean withWards) {
		for (Indicator indicator : own) {
			if (indicator.source() == IndicatorSource.OWN_CENTRE_REPORTS && !viaCentre) {
				continue;
			}
			rows.add(indicator.code(), AreaType.BOROUGH, strand, homeBorough, period, count);
			if (withWards && ward != null) {
				rows.add(indicator.code(), AreaType.WARD, strand, ward, period, count);
			}
		}
	}

}

package org.safercommunities.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.safercommunities.shared.IndicatorCounts;
import org.safercommunities.shared.UkTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The product's own hate crime and incident reports for the dashboard (source {@code OWN_REPORTS}), by the month
 * and week they were received in London time: every report ({@link IndicatorCounts#ALL}) and those a reporting
 * centre took ({@link #VIA_CENTRE}), all strands and by strand, for the partnership's borough and the ward the
 * report gave. A report marked as a duplicate of another is not counted again. Months are data from the first
 * report's month to the last complete month (the dashboard may be told an earlier start).
 */
@Component
class OwnReportCounts implements IndicatorCounts {

	static final String SOURCE = "OWN_REPORTS";

	/** The measure of reports taken by a Hate Crime Reporting Centre. */
	static final String VIA_CENTRE = "CENTRE";

	private static final String CENTRE = "case when r.centre_organisation_id is null then 0 else 1 end";

	private final JdbcClient jdbc;

	OwnReportCounts(JdbcClient jdbc) {
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
	public boolean weekly() {
		return true;
	}

	/** Reports are only ever added; marking one a duplicate (or not) changes the count of duplicates. */
	@Override
	public long changeMark() {
		return jdbc.sql("select count(*), coalesce(max(id), 0), count(duplicate_of_id) from hate_report")
			.query((rs, row) -> IndicatorCounts.mark(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	@Override
	public Optional<Months> monthsHeld() {
		return jdbc.sql("select min(submitted_at), max(submitted_at) from hate_report")
			.query((rs, row) -> rs.getObject(1) == null ? null
					: new Months(month(rs.getObject(1, OffsetDateTime.class)), month(rs.getObject(2, OffsetDateTime.class))))
			.optional();
	}

	@Override
	public void countMonths(Months months, Consumer<Count> counts) {
		for (YearMonth month = months.first(); !month.isAfter(months.last()); month = month.plusMonths(1)) {
			count(month.atDay(1), month.plusMonths(1).atDay(1), true, counts);
		}
	}

	@Override
	public void countWeeks(LocalDate first, LocalDate last, Consumer<Count> counts) {
		LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		for (LocalDate week = monday; !week.isAfter(last); week = week.plusWeeks(1)) {
			count(week, week.plusWeeks(1), false, counts);
		}
	}

	@Override
	public List<CoveredMonth> coverage(String measure, YearMonth lastComplete) {
		return IndicatorCounts.everyMonthFromTheFirst(monthsHeld(), lastComplete);
	}

	/** Reports received from {@code from} to before {@code to}, London dates, as counts for the period {@code from}. */
	private void count(LocalDate from, LocalDate to, boolean withWards, Consumer<Count> counts) {
		OffsetDateTime start = from.atStartOfDay(UkTime.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
		OffsetDateTime end = to.atStartOfDay(UkTime.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
		jdbc.sql("select r.ward_code, " + CENTRE + ", count(*) from hate_report r where r.submitted_at >= ? and "
				+ "r.submitted_at < ? and r.duplicate_of_id is null group by r.ward_code, " + CENTRE)
			.params(start, end)
			.query((java.sql.ResultSet rs) -> add(rs.getString(1), rs.getInt(2) == 1, ALL, rs.getLong(3), from,
					withWards, counts));
		jdbc.sql("select r.ward_code, " + CENTRE + ", s.strand, count(*) "
				+ "from hate_report r join hate_report_strand s on s.report_id = r.id "
				+ "where r.submitted_at >= ? and r.submitted_at < ? and r.duplicate_of_id is null "
				+ "group by r.ward_code, " + CENTRE + ", s.strand")
			.params(start, end)
			.query((java.sql.ResultSet rs) -> add(rs.getString(1), rs.getInt(2) == 1, rs.getString(3), rs.getLong(4),
					from, withWards, counts));
	}

	private static void add(String ward, boolean viaCentre, String strand, long count, LocalDate period,
			boolean withWards, Consumer<Count> counts) {
		for (String measure : viaCentre ? List.of(ALL, VIA_CENTRE) : List.of(ALL)) {
			counts.accept(new Count(measure, Level.BOROUGH, null, strand, period, count));
			if (withWards && ward != null) {
				counts.accept(new Count(measure, Level.WARD, ward, strand, period, count));
			}
		}
	}

	private static YearMonth month(OffsetDateTime time) {
		return YearMonth.from(time.atZoneSameInstant(UkTime.ZONE));
	}

}

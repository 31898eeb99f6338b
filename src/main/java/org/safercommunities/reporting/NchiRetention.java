package org.safercommunities.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.safercommunities.retention.RetainedRecords;
import org.safercommunities.shared.UkTime;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Non-crime hate incidents under the 2023 Home Office code of practice: the personal data of an incident recorded
 * as one is reviewed a year (configurable: {@code safer.retention.periods.nchi}) after the report was made, and
 * removed unless there is a reason to keep it. Retention lists those due; an officer keeps one (with a reason and the
 * day of its next review, which this module keeps in {@code hate_report.nchi_review_on}) or has it anonymised, as an
 * anonymous report is at the end of its retention: the counted facts (date, ward, strands, classification) stay.
 */
@Component
class NchiRetention implements RetainedRecords {

	static final String NCHI = "nchi";

	private static final String DUE = "from hate_report r where r.classification = 'NON_CRIME_HATE_INCIDENT' "
			+ "and r.anonymised_at is null ";

	private final JdbcClient jdbc;

	private final ReportRepository reports;

	private final Clock clock;

	private final Environment environment;

	NchiRetention(JdbcClient jdbc, ReportRepository reports, Clock clock, Environment environment) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.clock = clock;
		this.environment = environment;
	}

	@Override
	public List<RecordType> types() {
		return List.of(new RecordType(NCHI, "reporting.retention.nchi", "reporting.retention.after-made", Period.ofYears(1),
				Disposal.REVIEW));
	}

	/** Never reviewed and made before the cut-off, or kept on review until a day that has come. */
	@Override
	public List<Long> expired(String type, LocalDate cutoff, int limit) {
		return jdbc.sql("select r.id " + DUE + "and (r.nchi_review_on <= ? "
				+ "or (r.nchi_review_on is null and r.submitted_at < ?)) order by r.submitted_at, r.id")
			.params(LocalDate.now(clock.withZone(UkTime.ZONE)), cutoff.atStartOfDay(UkTime.ZONE).toOffsetDateTime())
			.query(Long.class).list().stream().limit(limit).toList();
	}

	/** A kept incident counts from its next review day less the period, as if it had been made then. */
	@Override
	public long startingBetween(String type, LocalDate from, LocalDate to) {
		Period period = environment.getProperty("safer.retention.periods." + NCHI, Period.class, Period.ofYears(1));
		return jdbc.sql("select count(*) " + DUE + "and ((r.nchi_review_on is null and r.submitted_at >= ? and r.submitted_at < ?) "
				+ "or (r.nchi_review_on >= ? and r.nchi_review_on <= ?))")
			.params(from.atStartOfDay(UkTime.ZONE).toOffsetDateTime(), to.plusDays(1).atStartOfDay(UkTime.ZONE).toOffsetDateTime(),
					from.plus(period), to.plus(period))
			.query(Long.class).single();
	}

	@Override
	public boolean dispose(String type, long id) {
		Report report = reports.findById(id).orElse(null);
		if (report == null || report.isAnonymised()
				|| report.getClassification() != ReportCodes.Classification.NON_CRIME_HATE_INCIDENT) {
			return false;
		}
		jdbc.sql("delete from report_evidence where report_id = ?").param(id).update();
		jdbc.sql("delete from report_update where report_id = ?").param(id).update();
		report.anonymise(clock.instant());
		reports.saveAndFlush(report);
		jdbc.sql("update hate_report set nchi_review_on = null where id = ?").param(id).update();
		return true;
	}

	@Override
	public boolean keep(String type, long id, LocalDate nextReview) {
		return jdbc.sql("update hate_report set nchi_review_on = ? where id = ? and classification = 'NON_CRIME_HATE_INCIDENT' "
				+ "and anonymised_at is null")
			.params(nextReview, id)
			.update() == 1;
	}

	@Override
	public String recordPath(String type, long id) {
		return "/staff/reports/" + id;
	}

	@Override
	public List<String> tables(String type) {
		return List.of("hate_report", "report_evidence", "report_update");
	}

}

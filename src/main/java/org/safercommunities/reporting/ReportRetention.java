package org.safercommunities.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.audit.AuditTrail.AuditActor;
import org.safercommunities.cases.CaseAnonymised;
import org.safercommunities.retention.RetainedRecords;
import org.safercommunities.shared.UkTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Anonymous reports that never became a case are anonymised three years after they were made (DESIGN section 6):
 * the account, places, evidence and the reporter's later additions go; the counted facts stay, so the dashboard's
 * history does not change. A report linked to a case is kept as long as the case, and anonymised with it.
 */
@Component
class ReportRetention implements RetainedRecords {

	static final String ANONYMOUS_WITHOUT_CASE = "anonymous-report";

	private static final String EXPIRED = "from hate_report r where r.anonymous = true and r.anonymised_at is null "
			+ "and not exists (select 1 from report_case_link l where l.report_id = r.id) ";

	private final JdbcClient jdbc;

	private final ReportRepository reports;

	private final Clock clock;

	private final AuditTrail audit;

	ReportRetention(JdbcClient jdbc, ReportRepository reports, Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.jdbc = jdbc;
		this.reports = reports;
		this.clock = clock;
	}

	@Override
	public List<RecordType> types() {
		return List.of(new RecordType(ANONYMOUS_WITHOUT_CASE, "reporting.retention.anonymous", "reporting.retention.after-made",
				Period.ofYears(3), Disposal.ANONYMISE));
	}

	@Override
	public List<Long> expired(String type, LocalDate cutoff, int limit) {
		return jdbc.sql("select r.id " + EXPIRED + "and r.submitted_at < ? order by r.submitted_at, r.id")
			.param(cutoff.atStartOfDay(UkTime.ZONE).toOffsetDateTime())
			.query(Long.class).list().stream().limit(limit).toList();
	}

	@Override
	public long startingBetween(String type, LocalDate from, LocalDate to) {
		return jdbc.sql("select count(*) " + EXPIRED + "and r.submitted_at >= ? and r.submitted_at < ?")
			.params(from.atStartOfDay(UkTime.ZONE).toOffsetDateTime(), to.plusDays(1).atStartOfDay(UkTime.ZONE).toOffsetDateTime())
			.query(Long.class).single();
	}

	@Override
	public boolean dispose(String type, long id) {
		Report report = reports.findById(id).orElse(null);
		if (report == null || report.isAnonymised() || !report.isAnonymous() || linkedToCase(id)) {
			return false;
		}
		jdbc.sql("delete from report_evidence where report_id = ?").param(id).update();
		jdbc.sql("delete from report_update where report_id = ?").param(id).update();
		report.anonymise(clock.instant());
		reports.saveAndFlush(report);
		return true;
	}

	/**
	 * A report linked to a case is kept as long as the case: when the case is anonymised at the end of its retention,
	 * so are the reports it carried that no other case still carries, named or anonymous.
	 */
	@ApplicationModuleListener
	void on(CaseAnonymised anonymised) {
		for (long id : anonymised.reportIds()) {
			Report report = reports.findById(id).orElse(null);
			if (report == null || report.isAnonymised()) {
				continue;
			}
			jdbc.sql("delete from report_evidence where report_id = ?").param(id).update();
			jdbc.sql("delete from report_update where report_id = ?").param(id).update();
			report.anonymise(clock.instant());
			reports.saveAndFlush(report);
			audit.append(AuditActor.system(), "RETENTION_ANONYMISE", "hate_report", id,
					"Its case " + anonymised.caseId() + " was anonymised at the end of its retention");
		}
	}

	private boolean linkedToCase(long id) {
		return jdbc.sql("select count(*) from report_case_link where report_id = ?").param(id).query(Long.class).single() > 0;
	}

	@Override
	public List<String> tables(String type) {
		return List.of("hate_report", "report_evidence", "report_update");
	}

}

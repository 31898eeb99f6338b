package org.safercommunities.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.cases.CaseOpened;
import org.safercommunities.cases.CaseReportLinked;
import org.safercommunities.cases.ReportForCase;
import org.safercommunities.cases.ReportForCase.EvidenceFile;
import org.safercommunities.cases.ReportForCase.Reporter;
import org.safercommunities.cases.ReportsForCases;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.RecordAccess;
import org.safercommunities.shared.UkTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports as cases need them (the cases module's {@link ReportsForCases}): what the report says, so a case opened
 * from it carries the account, place, strands and evidence without anyone typing them again, and the reporter only
 * when the report is not anonymous. Each read checks the triage rule (the Community Safety Team's) and is audited.
 * It also remembers which cases were opened from or linked to each report, for the report's page.
 */
@Service
class CaseReports implements ReportsForCases {

	private final ReportRepository reports;

	private final EvidenceUploads evidence;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	CaseReports(ReportRepository reports, EvidenceUploads evidence, AuditTrail audit, JdbcClient jdbc) {
		this.reports = reports;
		this.evidence = evidence;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public Optional<ReportForCase> forCase(long reportId) {
		Optional<Report> found = reports.findById(reportId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Report report = found.get();
		RecordAccess.require(CurrentActor.require(), ReportAccess.TRIAGE, ReportAccess.ownershipOf(report), reportId);
		audit.record("REPORT_READ_FOR_CASE", "hate_report", reportId, null);
		List<EvidenceFile> files = evidence.of(reportId).stream()
			.filter(file -> !file.isQuarantined())
			.map(file -> new EvidenceFile(file.getId(), file.getFileName()))
			.toList();
		Reporter reporter = report.isAnonymous() || report.getReporterName() == null ? null
				: new Reporter(report.getReporterName(), report.getReporterEmail(), report.getReporterPhone(),
						report.getSafeToContact());
		return Optional.of(new ReportForCase(reportId, report.getReference(), report.getWhatHappened(),
				report.getOccurredOn(), LocalDate.ofInstant(report.getSubmittedAt(), UkTime.ZONE), report.getStrands(),
				report.getIncidentTypes(), report.getLocationDescription(), report.getWardCode(),
				report.getClassification() == null ? null : report.getClassification().name(), files, reporter));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Long> idOf(String reference) {
		return reports.findByReference(ReferenceGenerator.normaliseReference(reference)).map(Report::getId);
	}

	/** The cases opened from or linked to a report, newest last, for its page. */
	@Transactional(readOnly = true)
	List<CaseLink> casesOf(long reportId) {
		return jdbc.sql("select case_id, case_reference, opened_from from report_case_link where report_id = ? "
				+ "order by linked_at, case_id")
			.param(reportId)
			.query((rs, row) -> new CaseLink(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
			.list();
	}

	@ApplicationModuleListener
	void on(CaseOpened opened) {
		for (long reportId : opened.reportIds()) {
			remember(reportId, opened.caseId(), opened.reference(), true);
		}
	}

	@ApplicationModuleListener
	void on(CaseReportLinked linked) {
		remember(linked.reportId(), linked.caseId(), linked.reference(), false);
	}

	private void remember(long reportId, long caseId, String reference, boolean openedFrom) {
		boolean known = jdbc.sql("select count(*) from report_case_link where report_id = ? and case_id = ?")
			.params(reportId, caseId)
			.query(Long.class)
			.single() > 0;
		if (!known) {
			jdbc.sql("insert into report_case_link (report_id, case_id, case_reference, opened_from, linked_at) "
					+ "values (?, ?, ?, ?, current_timestamp)")
				.params(reportId, caseId, reference, openedFrom)
				.update();
		}
	}

	/** A case this report is part of. */
	record CaseLink(long caseId, String reference, boolean openedFrom) {
	}

}

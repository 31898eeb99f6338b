package org.safercommunities.reporting;

import org.safercommunities.shared.HostilityStrands;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.reporting.ConsentEvent.Kind;
import org.safercommunities.reporting.ConsentEvent.Subject;
import org.safercommunities.reporting.ReportCodes.Classification;
import org.safercommunities.shared.IndicatorCountsChanged;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.StaffActor;
import org.safercommunities.shared.UkTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Reports for staff: the inbox (scoped by role and organisation), opening one (audited), and triage by the
 * Community Safety Team: classification, duplicates and sharing with the police.
 */
@Service
@Transactional
public class ReportInbox {

	private static final Logger log = LoggerFactory.getLogger(ReportInbox.class);

	private final ReportRepository reports;

	private final InboxRowRepository inboxRows;

	private final FieldEncryption encryption;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final Clock clock;

	ReportInbox(ReportRepository reports, InboxRowRepository inboxRows, FieldEncryption encryption, AuditTrail audit,
			MessageSource messages, org.springframework.context.ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.reports = reports;
		this.inboxRows = inboxRows;
		this.encryption = encryption;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The inbox: the reports this person may see, newest first, read without their personal data. A report whose
	 * encrypted values do not decrypt is listed as unreadable (and logged by id), and the others as usual.
	 */
	@PreAuthorize("hasAnyRole('OFFICER', 'CENTRE_WORKER', 'POLICE')")
	@Transactional(readOnly = true)
	List<InboxRow> search(ReportQuery query) {
		StaffActor actor = CurrentActor.require();
		List<InboxRow> found = inboxRows.findAll(ReportAccess.<InboxRow>visibleTo(actor).and(query.toSpecification()),
				Sort.by(Sort.Direction.DESC, "submittedAt"));
		for (InboxRow row : found) {
			if (!row.sealedValues().stream().allMatch(encryption::canDecrypt)) {
				row.markUnreadable();
				log.error("Report {} cannot be decrypted with the configured key: listed in the inbox as unreadable",
						row.getId());
			}
		}
		return found;
	}

	/** How many of these reports have each value, for the counts next to each filter. */
	static Map<String, Long> countBy(List<InboxRow> found, Function<InboxRow, List<String>> values) {
		return found.stream()
			.flatMap(report -> values.apply(report).stream())
			.filter(Objects::nonNull)
			.collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
	}

	/** Opens a report with its personal data. The read is audited. */
	@PreAuthorize("hasAnyRole('OFFICER', 'CENTRE_WORKER', 'POLICE')")
	Report open(long id) {
		Report report = reports.findById(id).orElseThrow(() -> new ReportNotFound(id));
		StaffActor actor = CurrentActor.require();
		ReportAccess.checkCanView(actor, report);
		audit.record("REPORT_VIEWED", "hate_report", id,
				ReportAccess.seesPoliceView(actor, report) ? "Police view (as consented)" : "Opened report");
		return report.withHistory();
	}

	@PreAuthorize("hasAnyRole('OFFICER', 'CENTRE_WORKER', 'POLICE')")
	void auditEvidenceDownload(long reportId, long evidenceId) {
		audit.record("REPORT_EVIDENCE_DOWNLOADED", "hate_report", reportId, "Evidence file " + evidenceId);
	}

	@PreAuthorize("hasRole('OFFICER')")
	void classify(long id, Classification classification, Boolean keepSubjectData, String justification,
			String redactedAccount) {
		Report report = reports.findById(id).orElseThrow(() -> new ReportNotFound(id));
		boolean nchi = classification == Classification.NON_CRIME_HATE_INCIDENT;
		if (nchi && Boolean.FALSE.equals(keepSubjectData) && StringUtils.hasText(redactedAccount)) {
			// 2023 code of practice: without a recorded justification, the subject's details are not kept.
			report.redactAccount(redactedAccount.strip());
		}
		report.classify(classification, nchi ? keepSubjectData : null, nchi ? justification : null);
		audit.record("REPORT_CLASSIFIED", "hate_report", id, classification.name());
	}

	/** Reports that may be the same incident: same area, a shared strand, within a day of each other. */
	@PreAuthorize("hasRole('OFFICER')")
	@Transactional(readOnly = true)
	List<PossibleDuplicate> possibleDuplicates(long id, Locale locale) {
		Report report = reports.findById(id).orElseThrow(() -> new ReportNotFound(id));
		if (report.getWardCode() == null) {
			return List.of();
		}
		List<PossibleDuplicate> matches = new ArrayList<>();
		for (Report other : reports.findAll((root, query, cb) -> cb.and(cb.equal(root.get("wardCode"), report.getWardCode()),
				cb.notEqual(root.get("id"), id)))) {
			List<String> shared = other.getStrands().stream().filter(report.getStrands()::contains).sorted().toList();
			long daysApart = Math.abs(Duration.between(when(report), when(other)).toDays());
			if (!shared.isEmpty() && daysApart <= 1) {
				String strands = shared.stream()
					.map(strand -> messages.getMessage(HostilityStrands.messageKey(strand), null, locale))
					.collect(Collectors.joining(", "));
				matches.add(new PossibleDuplicate(other.getId(), other.getReference(),
						messages.getMessage("reporting.staff.duplicate-reason", new Object[] { strands, daysApart }, locale)));
			}
		}
		return matches;
	}

	@PreAuthorize("hasRole('OFFICER')")
	void markDuplicate(long id, long duplicateOf, String reason) {
		Report report = reports.findById(id).orElseThrow(() -> new ReportNotFound(id));
		reports.findById(duplicateOf).orElseThrow(() -> new ReportNotFound(duplicateOf));
		report.markDuplicateOf(duplicateOf, reason);
		audit.record("REPORT_MARKED_DUPLICATE", "hate_report", id, "Of report " + duplicateOf);
		// A duplicate is no longer counted: the dashboard recounts the month it came in.
		events.publishEvent(IndicatorCountsChanged.of(OwnReportCounts.SOURCE,
				java.time.YearMonth.from(report.getSubmittedAt().atZone(org.safercommunities.shared.UkTime.ZONE))));
	}

	/**
	 * Shares with the police as consented. Without consent it needs a recorded serious-harm reason (Process
	 * Map 1: "concern of serious harm overrides"), kept as an OVERRIDDEN consent event.
	 */
	@PreAuthorize("hasRole('OFFICER')")
	void shareWithPolice(long id, String overrideReason) {
		Report report = reports.findById(id).orElseThrow(() -> new ReportNotFound(id));
		if (!report.isPoliceConsent()) {
			if (!StringUtils.hasText(overrideReason)) {
				throw new OverrideReasonMissing(id);
			}
			report.addConsentEvent(new ConsentEvent(Subject.POLICE_SHARING, Kind.OVERRIDDEN, overrideReason.strip(),
					clock.instant(), "staff:" + CurrentActor.require().userId()));
		}
		report.sharedWithPolice(clock.instant());
		audit.record("REPORT_SHARED_WITH_POLICE", "hate_report", id,
				report.isPoliceConsent() ? "As consented" : "Serious harm override");
	}

	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	void recordPoliceReference(long id, String policeReference) {
		Report report = open(id);
		report.policeReference(policeReference.strip());
		audit.record("REPORT_POLICE_REFERENCE", "hate_report", id, null);
	}

	/** Counts of reports taken at a centre, by month: for the centre's monthly return (centres module). */
	@Transactional(readOnly = true)
	public long countTakenAt(long centreOrganisationId, LocalDate from, LocalDate to) {
		return reports.count(new ReportQuery(null, null, null, centreOrganisationId, null, from, to).toSpecification());
	}

	/**
	 * Counts of the reports taken at a centre in one month (by the day each was sent, UK time), for the
	 * centre's monthly monitoring return: by channel, strand and classification, and the contacts not reported
	 * to the police with their reasons. Counts only, so it needs no record-level check.
	 */
	@Transactional(readOnly = true)
	public CentreMonthTally centreMonth(long centreOrganisationId, java.time.YearMonth month) {
		List<Report> taken = reports.findAll(new ReportQuery(null, null, null, centreOrganisationId, null,
				month.atDay(1), month.atEndOfMonth()).toSpecification());
		Map<String, Long> byChannel = new TreeMap<>();
		Map<String, Long> byStrand = new TreeMap<>();
		Map<String, Long> byClassification = new TreeMap<>();
		Map<String, Long> reasons = new TreeMap<>();
		long notReported = 0;
		for (Report report : taken) {
			byChannel.merge(report.getChannel().name(), 1L, Long::sum);
			report.getStrands().forEach(strand -> byStrand.merge(strand, 1L, Long::sum));
			byClassification.merge(report.getClassification() == null ? CentreMonthTally.UNCLASSIFIED
					: report.getClassification().name(), 1L, Long::sum);
			if (!report.isPoliceConsent()) {
				notReported++;
				report.getNotReportingReasons().forEach(reason -> reasons.merge(reason, 1L, Long::sum));
			}
		}
		return new CentreMonthTally(centreOrganisationId, month, taken.size(), byChannel, byStrand, byClassification,
				notReported, reasons);
	}

	private java.time.Instant when(Report report) {
		return report.getOccurredOn() != null
				? report.getOccurredOn().atStartOfDay(UkTime.ZONE).toInstant()
				: report.getSubmittedAt();
	}

	record PossibleDuplicate(long reportId, String reference, String reason) {
	}

	/** Sharing without consent was asked for without the serious-harm reason: the officer is asked for it. */
	static class OverrideReasonMissing extends RuntimeException {

		OverrideReasonMissing(long id) {
			super("No consent to share report " + id + " and no serious-harm reason");
		}

	}

	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	static class ReportNotFound extends RuntimeException {

		ReportNotFound(long id) {
			super("No report " + id);
		}

	}

}

package org.safercommunities.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.casereview.WorkingDayCalendar;
import org.safercommunities.reporting.ReportContacts;
import org.safercommunities.reporting.ReportSubmitted;
import org.safercommunities.shared.IndicatorCounts;
import org.safercommunities.shared.IndicatorCountsChanged;
import org.safercommunities.shared.UkTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The contact standards of each report whose reporter agreed to be contacted: its record is made when the report
 * comes in, officers record the first contact and any agreed visit, and the survey invitation waits for an agreed
 * visit (until the visit's standard time runs out) so that it asks about it, and goes within
 * {@code safer.feedback.contact.survey-within-days-of-visit} of the visit.
 */
@Service
@Transactional
class ContactStandards {

	static final String SOURCE = "CONTACT_STANDARDS";

	private static final String OFFICERS = "hasRole('OFFICER')";

	private final ContactRecordRepository records;

	private final FeedbackInvitationRepository invitations;

	private final ReportContacts reports;

	private final WorkingDayCalendar calendar;

	private final ContactStandardSettings settings;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ContactStandards(ContactRecordRepository records, FeedbackInvitationRepository invitations, ReportContacts reports,
			WorkingDayCalendar calendar, ContactStandardSettings settings, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.invitations = invitations;
		this.reports = reports;
		this.calendar = calendar;
		this.settings = settings;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ReportSubmitted submitted) {
		if (records.findByReportId(submitted.reportId()).isPresent()) {
			return;
		}
		reports.profile(submitted.reportId()).filter(ReportContacts.ReportContact::agreedToContact).ifPresent(report -> {
			LocalDate received = submitted.submittedAt().atZone(UkTime.ZONE).toLocalDate();
			records.save(new ContactRecord(report.reportId(), report.reference(), received, report.wardCode(),
					settings.enhancedRightsByDefault(), calendar, settings));
			events.publishEvent(IndicatorCountsChanged.of(SOURCE, YearMonth.from(received)));
		});
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(UkTime.ZONE));
	}

	/** Whether the survey of this report should wait on {@code day} for an agreed visit not yet made. */
	boolean awaitingVisit(long reportId, LocalDate day) {
		return records.findByReportId(reportId).filter(record -> record.awaitingVisit(day)).isPresent();
	}

	/** The records still needing contact or a visit, and those of the last 30 days, soonest due first. */
	@PreAuthorize(OFFICERS)
	List<ContactRecord> workList() {
		return records.findOpenOrReceivedSince(today().minusDays(30));
	}

	@PreAuthorize(OFFICERS)
	ContactRecord one(long id) {
		return records.findById(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	@PreAuthorize(OFFICERS)
	void record(long id, boolean enhancedRights, LocalDate contactedOn, boolean visitAgreed, LocalDate visitedOn) {
		ContactRecord record = one(id);
		record.record(enhancedRights, contactedOn, visitAgreed, visitedOn, calendar, settings);
		audit.record("CONTACT_STANDARDS_RECORDED", "feedback_contact", id, "Report " + record.getReportReference());
		if (visitedOn != null) {
			invitations.dueBy(List.of(record.getReportId()), visitedOn.plusDays(settings.surveyWithinDaysOfVisit()));
		}
		YearMonth received = YearMonth.from(record.getReceivedOn());
		YearMonth last = visitedOn != null && YearMonth.from(visitedOn).isAfter(received) ? YearMonth.from(visitedOn) : received;
		events.publishEvent(new IndicatorCountsChanged.Change(SOURCE, new IndicatorCounts.Months(received, last)));
	}

	Optional<ContactRecord> ofReport(long reportId) {
		return records.findByReportId(reportId);
	}

}

package org.safercommunities.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.safercommunities.cases.CaseClosed;
import org.safercommunities.cases.CaseOpened;
import org.safercommunities.cases.CaseReportLinked;
import org.safercommunities.feedback.FeedbackInvitation.NotSentReason;
import org.safercommunities.feedback.FeedbackInvitation.Route;
import org.safercommunities.feedback.FeedbackInvitation.Status;
import org.safercommunities.notifications.Email;
import org.safercommunities.notifications.Mailer;
import org.safercommunities.reporting.FollowUpInvitations;
import org.safercommunities.reporting.ReportContacts;
import org.safercommunities.reporting.ReportContacts.ReportContact;
import org.safercommunities.reporting.ReportSubmitted;
import org.safercommunities.shared.IndicatorCounts;
import org.safercommunities.shared.IndicatorCountsChanged;
import org.safercommunities.shared.UkTime;
import org.safercommunities.system.PartnershipSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is invited to the survey, when, and how. Every report gets one invitation, due a set number of days after it
 * came in, or on the day its case closes if that is sooner. On the day it is due it goes by e-mail to a person who
 * agreed to contact and chose e-mail, or waits on the follow-up page for one who gave no e-mail address (or no
 * details at all: an anonymous reporter); a person who declined contact, or whose case has already had a survey,
 * gets nothing. The checks are made on the day, so
 * a later change of the report is respected.
 */
@Service
@Transactional
class FeedbackInvitations implements FollowUpInvitations {

	private static final Logger log = LoggerFactory.getLogger(FeedbackInvitations.class);

	private static final List<Status> SURVEYED = List.of(Status.INVITED, Status.ANSWERED);

	private final FeedbackInvitationRepository invitations;

	private final ReportContacts contacts;

	private final Mailer mailer;

	private final MessageSource messages;

	private final PartnershipSettings partnership;

	private final FeedbackSettings settings;

	private final ContactStandards standards;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FeedbackInvitations(FeedbackInvitationRepository invitations, ReportContacts contacts, Mailer mailer,
			MessageSource messages, PartnershipSettings partnership, FeedbackSettings settings,
			ContactStandards standards, ApplicationEventPublisher events, Clock clock) {
		this.standards = standards;
		this.events = events;
		this.invitations = invitations;
		this.contacts = contacts;
		this.mailer = mailer;
		this.messages = messages;
		this.partnership = partnership;
		this.settings = settings;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ReportSubmitted submitted) {
		invitationFor(submitted.reportId(), submitted.submittedAt().atZone(UkTime.ZONE).toLocalDate());
	}

	@ApplicationModuleListener
	void on(CaseOpened opened) {
		inCase(opened.caseId(), opened.reportIds());
	}

	@ApplicationModuleListener
	void on(CaseReportLinked linked) {
		inCase(linked.caseId(), List.of(linked.reportId()));
	}

	@ApplicationModuleListener
	void on(CaseClosed closed) {
		inCase(closed.caseId(), closed.reportIds());
		if (!closed.reportIds().isEmpty()) {
			invitations.dueBy(closed.reportIds(), closed.closedOn());
		}
	}

	/** Sends what is due today (the daily job; tests call it with the day). Returns how many were invited. */
	int runOn(LocalDate today) {
		int invited = 0;
		for (FeedbackInvitation due : invitations.findByStatusAndDueOnLessThanEqualOrderByDueOnAscIdAsc(Status.WAITING, today)) {
			if (standards.awaitingVisit(due.getReportId(), today)) {
				continue; // asks about the visit, so waits for it (until the visit's standard time runs out)
			}
			invited += invite(due, today) ? 1 : 0;
			invitations.flush();
		}
		if (invited > 0) {
			// The survey-after-visit standard counts by the month of the visit: this month or the one before.
			YearMonth month = YearMonth.from(today);
			events.publishEvent(new IndicatorCountsChanged.Change(ContactStandards.SOURCE,
					new IndicatorCounts.Months(month.minusMonths(1), month)));
		}
		log.info("Feedback survey: {} invited", invited);
		return invited;
	}

	@Override
	public Optional<String> surveyLink(long reportId) {
		return invitations.findByReportId(reportId)
			.filter(it -> it.open() && it.getRoute() == Route.FOLLOW_UP)
			.map(it -> {
				String token = SurveyTokens.newToken();
				it.newLink(SurveyTokens.hash(token));
				return SurveyTokens.path(token);
			});
	}

	private boolean invite(FeedbackInvitation due, LocalDate today) {
		if (due.getCaseId() != null && invitations.existsByCaseIdAndStatusIn(due.getCaseId(), SURVEYED)) {
			due.notSent(NotSentReason.CASE_ALREADY_SURVEYED);
			return false;
		}
		Optional<ReportContact> contact = contacts.contact(due.getReportId(), "FEEDBACK_INVITATION");
		if (contact.isEmpty()) {
			due.notSent(NotSentReason.REPORT_GONE);
			return false;
		}
		if (contact.get().declinedContact()) {
			due.notSent(NotSentReason.DECLINED_CONTACT);
			return false;
		}
		// Anonymous, or no e-mail address to send it to: the survey waits on the follow-up page, where only the
		// holder of the reference and secret words sees it.
		if (!contact.get().agreedToContact() || contact.get().email().isEmpty()) {
			due.invite(Route.FOLLOW_UP, null, today);
			return true;
		}
		String token = SurveyTokens.newToken();
		due.invite(Route.EMAIL, SurveyTokens.hash(token), today);
		mailer.queue(Email.of("FEEDBACK_INVITATION", contact.get().email().get(),
				text("feedback.email.subject", partnership.name()),
				text("feedback.email.body", partnership.name(), settings.link(SurveyTokens.path(token))))
			.once("feedback-invitation-" + due.getId()));
		return true;
	}

	/** Reports of a case, each with its invitation (made here if the case's event came first). */
	private void inCase(long caseId, List<Long> reportIds) {
		for (long reportId : reportIds) {
			if (invitations.findByReportId(reportId).isEmpty()) {
				contacts.profile(reportId)
					.ifPresent(report -> create(reportId, report.submittedAt().atZone(UkTime.ZONE).toLocalDate()));
			}
		}
		if (!reportIds.isEmpty()) {
			invitations.inCase(caseId, reportIds);
		}
	}

	private void invitationFor(long reportId, LocalDate firstContact) {
		if (invitations.findByReportId(reportId).isEmpty()) {
			create(reportId, firstContact);
		}
	}

	private FeedbackInvitation create(long reportId, LocalDate firstContact) {
		return invitations.save(new FeedbackInvitation(reportId, firstContact,
				firstContact.plusDays(settings.daysAfterFirstContact())));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.UK);
	}

}

package org.safercommunities.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.audit.AuditTrail.AuditActor;
import org.safercommunities.reporting.ReportContacts;
import org.safercommunities.reporting.ReportContacts.ReportContact;
import org.safercommunities.shared.IndicatorCountsChanged;
import org.safercommunities.shared.UkTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public survey: a link that is still open, and the answers, stored once; the link then stops working. */
@Service
@Transactional
class FeedbackSurvey {

	private final FeedbackInvitationRepository invitations;

	private final FeedbackResponseRepository responses;

	private final ReportContacts reports;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FeedbackSurvey(FeedbackInvitationRepository invitations, FeedbackResponseRepository responses,
			ReportContacts reports, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.invitations = invitations;
		this.responses = responses;
		this.reports = reports;
		this.audit = audit;
		this.clock = clock;
	}

	boolean isOpen(String token) {
		return open(token).isPresent();
	}

	/** Stores the answers; false when the link no longer works (answered already, or never issued). */
	boolean answer(String token, SurveyForm form) {
		Optional<FeedbackInvitation> invitation = open(token);
		if (invitation.isEmpty() || responses.existsByInvitationId(invitation.get().getId())) {
			return false;
		}
		LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
		Optional<ReportContact> report = reports.profile(invitation.get().getReportId());
		FeedbackResponse saved = responses.save(new FeedbackResponse(invitation.get().getId(), today, form,
				report.map(r -> r.channel().name()).orElse("UNKNOWN"), report.map(ReportContact::wardCode).orElse(null),
				report.map(ReportContact::strands).orElse(Set.of())));
		invitation.get().answered(today);
		events.publishEvent(IndicatorCountsChanged.of(FeedbackCounts.SOURCE, YearMonth.from(today)));
		audit.append(AuditActor.publicUser(), "FEEDBACK_ANSWERED", "feedback_response", saved.getId(),
				"Survey for report " + invitation.get().getReportId());
		return true;
	}

	private Optional<FeedbackInvitation> open(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return invitations.findByTokenHash(SurveyTokens.hash(token)).filter(FeedbackInvitation::open);
	}

}

package org.safercommunities.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.feedback.SurveyAnswers.Theme;
import org.safercommunities.shared.UkTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * What victims told us, for the Community Safety Team's officers: the answers and comments of the last 12 months
 * (no name, contact or reference), themes officers tag, and quotes chosen for the annual report where the person
 * agreed. Every read is audited.
 */
@Service
@Transactional
class FeedbackComments {

	private static final String OFFICERS = "hasRole('OFFICER')";

	private final FeedbackResponseRepository responses;

	private final AuditTrail audit;

	private final Clock clock;

	FeedbackComments(FeedbackResponseRepository responses, AuditTrail audit, Clock clock) {
		this.responses = responses;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize(OFFICERS)
	List<FeedbackResponse> lastTwelveMonths() {
		LocalDate from = LocalDate.now(clock.withZone(UkTime.ZONE)).minusMonths(12);
		List<FeedbackResponse> found = responses.findByAnsweredOnGreaterThanEqualOrderByAnsweredOnDescIdDesc(from);
		audit.record("FEEDBACK_VIEWED", "feedback_response", null, found.size() + " survey answers since " + from);
		return found;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(UkTime.ZONE));
	}

	/** The answers of a period for aggregate figures only (as the dashboard's counts): not a read of anyone's answers. */
	@PreAuthorize("hasAnyRole('OFFICER', 'ANALYST', 'BOARD')")
	@Transactional(readOnly = true)
	List<FeedbackResponse> between(LocalDate from, LocalDate to) {
		return responses.findByAnsweredOnBetween(from, to);
	}

	@PreAuthorize(OFFICERS)
	FeedbackResponse one(long id) {
		FeedbackResponse response = responses.findById(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		audit.record("FEEDBACK_VIEWED", "feedback_response", id, "One survey answer");
		return response;
	}

	@PreAuthorize(OFFICERS)
	void tag(long id, List<Theme> themes, boolean forAnnualReport) {
		FeedbackResponse response = responses.findById(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		response.tag(themes, forAnnualReport);
		audit.record("FEEDBACK_TAGGED", "feedback_response", id,
				themes.size() + " themes" + (forAnnualReport ? ", chosen for the annual report" : ""));
	}

}

package org.safercommunities.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.StaffActor;
import org.safercommunities.shared.UkDates;
import org.safercommunities.shared.UkTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review schedule of a case: the next review (with its amber and target dates), scheduling it, and completing
 * it, which records what was found (and why late, if after the target) and schedules the next one. Changes under
 * {@link CaseAccess#WORK}, each on the timeline; reads under {@link CaseAccess#VIEW}.
 */
@Service
@Transactional
public class CaseReviews {

	private final CaseFiles cases;

	private final CaseReviewRepository reviews;

	private final CaseTimeline timeline;

	private final AuditTrail audit;

	private final ReviewSettings settings;

	private final MessageSource messages;

	private final Clock clock;

	CaseReviews(CaseFiles cases, CaseReviewRepository reviews, CaseTimeline timeline, AuditTrail audit,
			ReviewSettings settings, MessageSource messages, Clock clock) {
		this.cases = cases;
		this.reviews = reviews;
		this.timeline = timeline;
		this.audit = audit;
		this.settings = settings;
		this.messages = messages;
		this.clock = clock;
	}

	/** The review waiting to be done, if one is scheduled. */
	@Transactional(readOnly = true)
	Optional<CaseReview> next(long caseId) {
		cases.require(caseId, CaseAccess.VIEW);
		return reviews.findFirstByCaseIdAndCompletedOnIsNullOrderByIdDesc(caseId);
	}

	/** Reviews done, newest first; the read of their notes is audited. */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
	List<CaseReview> done(long caseId) {
		cases.require(caseId, CaseAccess.VIEW);
		audit.record("CASE_REVIEWS_VIEWED", "case_file", caseId, "Review history");
		return reviews.findByCaseIdAndCompletedOnIsNotNullOrderByCompletedOnDescIdDesc(caseId);
	}

	/** The dates proposed for the next review: from the last review done, else from the case's opening. */
	@Transactional(readOnly = true)
	ReviewTiming proposal(long caseId) {
		CaseFile file = cases.require(caseId, CaseAccess.VIEW);
		LocalDate from = reviews.findByCaseIdAndCompletedOnIsNotNullOrderByCompletedOnDescIdDesc(caseId).stream()
			.findFirst().map(CaseReview::getCompletedOn).orElse(file.getOpenedOn());
		ReviewTiming proposed = ReviewTiming.proposedFrom(from, settings);
		LocalDate today = today();
		return proposed.targetOn().isBefore(today) ? ReviewTiming.proposedFrom(today, settings) : proposed;
	}

	ReviewSettings settings() {
		return settings;
	}

	ReviewTiming timingFor(LocalDate target) {
		return ReviewTiming.forTarget(target, settings);
	}

	/** Sets the next review's target (the one waiting is moved; else a new one is scheduled). */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	CaseReview schedule(long caseId, LocalDate targetOn) {
		cases.require(caseId, CaseAccess.WORK);
		ReviewTiming timing = ReviewTiming.forTarget(targetOn, settings);
		Optional<CaseReview> waiting = reviews.findFirstByCaseIdAndCompletedOnIsNullOrderByIdDesc(caseId);
		CaseReview review;
		if (waiting.isPresent()) {
			review = waiting.get();
			review.reschedule(timing, clock.instant());
		}
		else {
			review = reviews.save(new CaseReview(caseId, timing, clock.instant()));
		}
		audit.record("CASE_REVIEW_SCHEDULED", "case_file", caseId, "Review " + review.getId() + " due " + targetOn);
		timeline.add(caseId, TimelineKind.REVIEW, say("cases.work.timeline.review-scheduled", UkDates.day(targetOn)),
				"case_review", review.getId());
		return review;
	}

	/**
	 * Completes the waiting review (one is scheduled first if none was) and schedules the next for {@code nextTarget}.
	 */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	void complete(long caseId, LocalDate on, String note, String lateReason, LocalDate nextTarget) {
		cases.require(caseId, CaseAccess.WORK);
		StaffActor actor = CurrentActor.require();
		CaseReview review = reviews.findFirstByCaseIdAndCompletedOnIsNullOrderByIdDesc(caseId)
			.orElseGet(() -> reviews.save(new CaseReview(caseId, ReviewTiming.forTarget(on, settings), clock.instant())));
		review.complete(on, note.strip(), lateReason == null || lateReason.isBlank() ? null : lateReason.strip(),
				actor.userId(), actor.displayName());
		audit.record("CASE_REVIEW_COMPLETED", "case_file", caseId,
				"Review " + review.getId() + (review.isLate() ? " (late)" : ""));
		timeline.add(caseId, TimelineKind.REVIEW, say(review.isLate() ? "cases.work.timeline.review-done-late"
				: "cases.work.timeline.review-done", UkDates.day(on), UkDates.day(review.getTargetOn())), "case_review",
				review.getId());
		reviews.flush();
		schedule(caseId, nextTarget);
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(UkTime.ZONE));
	}

	private String say(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}

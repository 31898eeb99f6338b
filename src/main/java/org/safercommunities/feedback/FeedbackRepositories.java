package org.safercommunities.feedback;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.safercommunities.feedback.FeedbackInvitation.Status;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FeedbackInvitationRepository extends JpaRepository<FeedbackInvitation, Long> {

	Optional<FeedbackInvitation> findByReportId(long reportId);

	List<FeedbackInvitation> findByReportIdIn(Collection<Long> reportIds);

	List<FeedbackInvitation> findByStatusAndDueOnLessThanEqualOrderByDueOnAscIdAsc(Status status, LocalDate day);

	boolean existsByCaseIdAndStatusIn(long caseId, Collection<Status> statuses);

	Optional<FeedbackInvitation> findByTokenHash(String tokenHash);

	/** In one statement, so the case's events, heard side by side, cannot trip over each other's version. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update FeedbackInvitation i set i.caseId = :caseId, i.version = i.version + 1 where i.reportId in :reportIds")
	int inCase(long caseId, Collection<Long> reportIds);

	/** Due on the day the case closed, unless due sooner; only while still waiting. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update FeedbackInvitation i set i.dueOn = :day, i.version = i.version + 1
			where i.reportId in :reportIds and i.status = org.safercommunities.feedback.FeedbackInvitation.Status.WAITING
			  and i.dueOn > :day""")
	int dueBy(Collection<Long> reportIds, LocalDate day);

}

interface FeedbackResponseRepository extends JpaRepository<FeedbackResponse, Long> {

	boolean existsByInvitationId(long invitationId);

	List<FeedbackResponse> findByAnsweredOnGreaterThanEqualOrderByAnsweredOnDescIdDesc(LocalDate from);

	List<FeedbackResponse> findByAnsweredOnBetween(LocalDate from, LocalDate to);

	Optional<FeedbackResponse> findFirstByOrderByAnsweredOnAsc();

}

interface ContactRecordRepository extends JpaRepository<ContactRecord, Long> {

	Optional<ContactRecord> findByReportId(long reportId);

	@Query("""
			select c from ContactRecord c
			where c.contactedOn is null or (c.visitAgreed = true and c.visitedOn is null) or c.receivedOn >= :since
			order by c.contactDueOn asc, c.id asc""")
	List<ContactRecord> findOpenOrReceivedSince(LocalDate since);

}

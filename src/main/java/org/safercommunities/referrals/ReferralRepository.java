package org.safercommunities.referrals;

import java.util.Collection;
import java.util.List;

import org.safercommunities.referrals.ReferralCodes.Status;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReferralRepository extends JpaRepository<Referral, Long> {

	List<Referral> findByReceivingOrganisationIdOrderBySentAtDesc(long organisationId);

	List<Referral> findBySendingOrganisationIdOrderBySentAtDesc(long organisationId);

	List<Referral> findByCaseIdOrderBySentAtDesc(long caseId);

	List<Referral> findByStatusInOrderByDueOnAsc(Collection<Status> statuses);

	@Query("select r from Referral r join r.reportIds report where report = ?1 order by r.sentAt")
	List<Referral> findByReport(long reportId);

}

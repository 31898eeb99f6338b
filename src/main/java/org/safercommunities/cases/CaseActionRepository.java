package org.safercommunities.cases;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseActionRepository extends JpaRepository<CaseAction, Long> {

	List<CaseAction> findByCaseIdOrderByDueOnAscIdAsc(long caseId);

	/** Actions a person owns, or their organisation owns (whoever is named), soonest due first. */
	@Query("""
			select a from CaseAction a
			where a.ownerUserId = :userId or (a.ownerOrganisationId = :organisationId)
			order by a.dueOn asc, a.id asc""")
	List<CaseAction> ownedBy(long userId, long organisationId);

	/** Open actions due on or before a day: the reminder digest's candidates. */
	List<CaseAction> findByStatusAndDueOnLessThanEqualOrderByDueOnAscIdAsc(ActionStatus status, LocalDate last);

	long countByCaseIdInAndStatusAndDueOnLessThan(Collection<Long> caseIds, ActionStatus status, LocalDate day);

}

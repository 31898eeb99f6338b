package org.safercommunities.cases;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseTimelineEntryRepository extends JpaRepository<CaseTimelineEntry, Long> {

	List<CaseTimelineEntry> findByCaseIdOrderByRecordedAtAscIdAsc(long caseId);

}

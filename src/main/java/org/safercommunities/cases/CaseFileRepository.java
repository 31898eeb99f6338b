package org.safercommunities.cases;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

	Optional<CaseFile> findByReference(String reference);

	@Query("select c from CaseFile c join c.parties p where p.personId in :personIds")
	List<CaseFile> findByPartyPersonIdIn(java.util.Collection<Long> personIds);

	@Query("select c from CaseFile c join c.reports r where r.reportId = :reportId")
	List<CaseFile> findByReportId(long reportId);

}

package org.safercommunities.cases;

import java.util.List;
import java.util.Optional;

import org.safercommunities.uploads.ScanStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseDocumentRepository extends JpaRepository<CaseDocument, Long> {

	List<CaseDocument> findByCaseIdOrderByUploadedAtAscIdAsc(long caseId);

	Optional<CaseDocument> findByIdAndCaseId(long id, long caseId);

	@Query("select d.id from CaseDocument d where d.scanStatus = :status order by d.id")
	List<Long> findIdsByScanStatus(ScanStatus status, Pageable page);

	@Query("select d.caseId, count(d) from CaseDocument d where d.caseId in :caseIds group by d.caseId")
	List<Object[]> countByCase(List<Long> caseIds);

}

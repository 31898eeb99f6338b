package org.safercommunities.reporting;

import java.time.Instant;
import java.util.List;

import org.safercommunities.uploads.ScanStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	List<Evidence> findByUploadTokenAndReportIdIsNull(String uploadToken);

	List<Evidence> findByReportId(long reportId);

	long countByUploadTokenAndReportIdIsNull(String uploadToken);

	@Query("select e.id from Evidence e where e.scanStatus = :status order by e.id")
	List<Long> findIdsByScanStatus(ScanStatus status, Pageable page);

	@Modifying
	@Query("delete from Evidence e where e.reportId is null and e.uploadedAt < :before")
	int deleteAbandoned(Instant before);

}

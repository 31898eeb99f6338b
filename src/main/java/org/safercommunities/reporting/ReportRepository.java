package org.safercommunities.reporting;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ReportRepository extends JpaRepository<Report, Long>, JpaSpecificationExecutor<Report> {

	Optional<Report> findByReference(String reference);

	boolean existsByReference(String reference);

}

package org.safercommunities.cases;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseRiskAssessmentRepository extends JpaRepository<CaseRiskAssessment, Long> {

	List<CaseRiskAssessment> findByCaseIdOrderByAssessedAtDescIdDesc(long caseId);

	Optional<CaseRiskAssessment> findFirstByCaseIdOrderByAssessedAtDescIdDesc(long caseId);

	/** The newest assessment of each case named: its id is the highest of the case's (ids grow with time). */
	@Query("""
			select a.caseId, a.riskLevel from CaseRiskAssessment a
			where a.caseId in :caseIds
			  and a.id = (select max(b.id) from CaseRiskAssessment b where b.caseId = a.caseId)""")
	List<Object[]> currentLevels(Collection<Long> caseIds);

}

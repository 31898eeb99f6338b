package org.safercommunities.cases;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseReviewRepository extends JpaRepository<CaseReview, Long> {

	Optional<CaseReview> findFirstByCaseIdAndCompletedOnIsNullOrderByIdDesc(long caseId);

	List<CaseReview> findByCaseIdAndCompletedOnIsNotNullOrderByCompletedOnDescIdDesc(long caseId);

}

package org.safercommunities.cases;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseTypeRepository extends JpaRepository<CaseType, String> {

	List<CaseType> findAllByOrderByDisplayOrderAscNameAsc();

	boolean existsByNameIgnoreCase(String name);

}

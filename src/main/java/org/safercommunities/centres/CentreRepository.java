package org.safercommunities.centres;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CentreRepository extends JpaRepository<Centre, Long> {

	List<Centre> findByStatus(CentreStatus status);

}

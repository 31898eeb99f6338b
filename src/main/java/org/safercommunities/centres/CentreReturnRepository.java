package org.safercommunities.centres;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CentreReturnRepository extends JpaRepository<CentreReturn, Long> {

	Optional<CentreReturn> findByOrganisationIdAndReturnMonth(long organisationId, LocalDate returnMonth);

	boolean existsByOrganisationIdAndReturnMonth(long organisationId, LocalDate returnMonth);

	List<CentreReturn> findByOrganisationIdOrderByReturnMonthDesc(long organisationId);

	List<CentreReturn> findByReturnMonthBetweenOrderByReturnMonthAsc(LocalDate from, LocalDate to);

	Optional<CentreReturn> findFirstByOrderByReturnMonthAsc();

}

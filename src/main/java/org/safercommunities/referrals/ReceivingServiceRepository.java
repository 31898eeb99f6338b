package org.safercommunities.referrals;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReceivingServiceRepository extends JpaRepository<ReceivingService, Long> {

	Optional<ReceivingService> findByOrganisationId(long organisationId);

	List<ReceivingService> findByActiveTrue();

}

package org.safercommunities.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StaffUserRepository extends JpaRepository<StaffUser, Long> {

	Optional<StaffUser> findByEmail(String email);

	boolean existsByEmail(String email);

	List<StaffUser> findByEnabledTrue();

	List<StaffUser> findAllByOrderByDisplayNameAsc();

	List<StaffUser> findByOrganisationIdOrderByDisplayNameAsc(long organisationId);

}

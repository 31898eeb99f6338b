package org.safercommunities.geography;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface WardRepository extends JpaRepository<Ward, String> {

	List<Ward> findAllByOrderByNameAsc();

}

package org.safercommunities.notifications;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxRepository extends JpaRepository<OutboxEmail, Long> {

	boolean existsByDedupeKey(String dedupeKey);

	long countBySentAtIsNull();

	List<OutboxEmail> findBySentAtIsNullAndAttemptsLessThanOrderByQueuedAtAsc(int attempts, Limit limit);

}

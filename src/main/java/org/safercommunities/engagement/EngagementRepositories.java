package org.safercommunities.engagement;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingTopicRepository extends JpaRepository<TrainingTopic, String> {

	List<TrainingTopic> findByActiveTrueOrderByDisplayOrderAsc();

}

interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {

	List<TrainingSession> findByHeldOnBetweenOrderByHeldOnDescIdDesc(LocalDate from, LocalDate to);

}

interface TrainingAttendeeRepository extends JpaRepository<TrainingAttendee, Long> {

	List<TrainingAttendee> findBySessionIdOrderByIdAsc(long sessionId);

	long countBySessionId(long sessionId);

}

interface HubSessionRepository extends JpaRepository<HubSession, Long> {

	List<HubSession> findByHeldOnBetweenOrderByHeldOnDescIdDesc(LocalDate from, LocalDate to);

}

interface AwarenessEventRepository extends JpaRepository<AwarenessEvent, Long> {

	List<AwarenessEvent> findByHeldOnBetweenOrderByHeldOnDescIdDesc(LocalDate from, LocalDate to);

}

interface ChampionRepository extends JpaRepository<Champion, Long> {

	List<Champion> findAllByOrderBySignedUpOnDescIdDesc();

	long countBySignedUpOnBetween(LocalDate from, LocalDate to);

}

interface WalkCategoryRepository extends JpaRepository<WalkCategory, String> {

	List<WalkCategory> findByActiveTrueOrderByDisplayOrderAsc();

}

interface WardWalkRepository extends JpaRepository<WardWalk, Long> {

	List<WardWalk> findByWalkOnGreaterThanEqualOrderByWalkOnAsc(LocalDate from);

	List<WardWalk> findAllByOrderByWalkOnDesc();

	List<WardWalk> findByWalkOnGreaterThanEqualAndWalkOnLessThan(LocalDate from, LocalDate before);

}

interface WalkIssueRepository extends JpaRepository<WalkIssue, Long> {

	List<WalkIssue> findByWalkIdOrderByIdAsc(long walkId);

}

package org.safercommunities.engagement;

import java.util.List;

/**
 * A period's engagement in the annual report's terms (section 4.5.5): staff trained and at how many
 * organisations, workshops and residents trained, residents engaged at events, champions signed up.
 */
record EngagementSummary(List<TrainingSession> sessions, List<AwarenessEvent> events, long staffSessions,
		long staffTrained, long organisationsTrained, long workshops, long residentsTrained, long residentsEngaged,
		long champions) {

	/** The days {@code from} to {@code to} inclusive; the caller holds the transaction (attendance is lazy). */
	static EngagementSummary between(TrainingSessionRepository sessions, AwarenessEventRepository events,
			ChampionRepository champions, java.time.LocalDate from, java.time.LocalDate to) {
		return of(sessions.findByHeldOnBetweenOrderByHeldOnDescIdDesc(from, to),
				events.findByHeldOnBetweenOrderByHeldOnDescIdDesc(from, to), champions.countBySignedUpOnBetween(from, to));
	}

	static EngagementSummary of(List<TrainingSession> sessions, List<AwarenessEvent> events, long champions) {
		List<TrainingSession> staff = sessions.stream().filter(s -> s.getAudience() == Audience.STAFF).toList();
		List<TrainingSession> workshops = sessions.stream().filter(s -> s.getAudience() == Audience.RESIDENTS).toList();
		return new EngagementSummary(sessions, events, staff.size(),
				staff.stream().mapToLong(TrainingSession::peopleTrained).sum(),
				staff.stream().flatMap(s -> s.getAttendance().stream()).mapToLong(TrainingSession.Attendance::organisationId)
					.distinct().count(),
				workshops.size(), workshops.stream().mapToLong(TrainingSession::peopleTrained).sum(),
				events.stream().mapToLong(AwarenessEvent::getResidentsEngaged).sum(), champions);
	}

}

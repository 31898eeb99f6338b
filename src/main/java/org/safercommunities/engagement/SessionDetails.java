package org.safercommunities.engagement;

import java.time.LocalDate;
import java.util.List;

/**
 * What a training session's form records, checked.
 *
 * @param namedAttendees people named as attending, each with their consent (empty for most sessions)
 */
record SessionDetails(LocalDate heldOn, String topicCode, String trainer, Audience audience, Integer residents,
		String wardCode, Integer confidenceBefore, Integer confidenceAfter, List<TrainingSession.Attendance> attendance,
		List<String> namedAttendees) {

	SessionDetails {
		namedAttendees = List.copyOf(namedAttendees);
	}

}

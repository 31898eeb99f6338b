package org.safercommunities.engagement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.shared.IndicatorCountsChanged;
import org.safercommunities.shared.UkTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Records training sessions, awareness events and champions, and reads them back. Officers and coordinators
 * record; each change announces the dashboard months it moves. Reads of champions' names and contact details
 * are audited, so none of them runs in a read-only transaction (PostgreSQL refuses the audit write there).
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('OFFICER', 'COORDINATOR')")
class EngagementManagement {

	private final TrainingTopicRepository topics;

	private final TrainingSessionRepository sessions;

	private final TrainingAttendeeRepository attendees;

	private final AwarenessEventRepository events;

	private final ChampionRepository champions;

	private final AuditTrail audit;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	EngagementManagement(TrainingTopicRepository topics, TrainingSessionRepository sessions,
			TrainingAttendeeRepository attendees, AwarenessEventRepository events, ChampionRepository champions, AuditTrail audit,
			ApplicationEventPublisher publisher, Clock clock) {
		this.topics = topics;
		this.sessions = sessions;
		this.attendees = attendees;
		this.events = events;
		this.champions = champions;
		this.audit = audit;
		this.publisher = publisher;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(UkTime.ZONE));
	}

	List<TrainingTopic> activeTopics() {
		return topics.findByActiveTrueOrderByDisplayOrderAsc();
	}

	Map<String, TrainingTopic> topicsByCode() {
		return topics.findAll().stream().collect(Collectors.toMap(TrainingTopic::getCode, Function.identity()));
	}

	/**
	 * Records a session. A session of a topic that counts for the reporting centres is announced per organisation
	 * in its audience, so a centre's staff trained here need no second record on the centre's page.
	 */
	long recordSession(SessionDetails details) {
		TrainingTopic topic = topics.findById(details.topicCode()).orElseThrow();
		TrainingSession session = sessions.save(new TrainingSession(details, clock.instant()));
		audit.record("ENGAGEMENT_TRAINING_RECORDED", "engagement_training_session", session.getId(),
				topic.getName() + " on " + details.heldOn());
		for (String name : details.namedAttendees()) {
			attendees.save(new TrainingAttendee(session.getId(), name, clock.instant()));
		}
		if (!details.namedAttendees().isEmpty()) {
			audit.record("TRAINING_ATTENDEES_RECORDED", "engagement_training_session", session.getId(),
					details.namedAttendees().size() + " attendees named with their consent");
		}
		if (topic.isCountsForCentres()) {
			for (TrainingSession.Attendance attendance : session.getAttendance()) {
				publisher.publishEvent(new CentreStaffTrained(session.getId(), attendance.organisationId(),
						topic.getName(), details.trainer(), attendance.attendees(), details.heldOn()));
			}
		}
		countsChanged(details.heldOn());
		return session.getId();
	}

	long recordEvent(EventDetails details) {
		AwarenessEvent event = events.save(new AwarenessEvent(details, clock.instant()));
		audit.record("ENGAGEMENT_EVENT_RECORDED", "engagement_event", event.getId(), details.name());
		countsChanged(details.heldOn());
		return event.getId();
	}

	long signUpChampion(ChampionDetails details) {
		Champion champion = champions.save(new Champion(details, clock.instant()));
		audit.record("CHAMPION_SIGNED_UP", "engagement_champion", champion.getId(), "Signed up with consent");
		countsChanged(details.signedUpOn());
		return champion.getId();
	}

	TrainingSession session(long id) {
		TrainingSession session = sessions.findById(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		session.getAttendance(); // read while the transaction is open: the page shows it after
		return session;
	}

	long namedAttendeeCount(long sessionId) {
		return attendees.countBySessionId(sessionId);
	}

	/** The people named as attending a session: an audited read (only when there are any). */
	List<TrainingAttendee> namedAttendees(long sessionId) {
		List<TrainingAttendee> named = attendees.findBySessionIdOrderByIdAsc(sessionId);
		if (!named.isEmpty()) {
			audit.record("TRAINING_ATTENDEES_VIEWED", "engagement_training_session", sessionId,
					named.size() + " named attendees");
		}
		return named;
	}

	/** Every champion with their name and contact details: an audited read. */
	List<Champion> championsWithContactDetails() {
		List<Champion> all = champions.findAllByOrderBySignedUpOnDescIdDesc();
		audit.record("CHAMPIONS_VIEWED", "engagement_champion", null, all.size() + " champions' contact details");
		return all;
	}

	EngagementSummary summary(LocalDate from, LocalDate to) {
		return EngagementSummary.between(sessions, events, champions, from, to);
	}

	private void countsChanged(LocalDate day) {
		publisher.publishEvent(IndicatorCountsChanged.of(EngagementCounts.SOURCE, YearMonth.from(day)));
	}

}

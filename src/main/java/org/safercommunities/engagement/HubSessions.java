package org.safercommunities.engagement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.shared.IndicatorCountsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Community Safety Hub sessions: recorded by officers and coordinators, each announcing its dashboard month. */
@Service
@Transactional
@PreAuthorize("hasAnyRole('OFFICER', 'COORDINATOR')")
class HubSessions {

	private final HubSessionRepository sessions;

	private final CommunitySafetyHubs hubs;

	private final AuditTrail audit;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	HubSessions(HubSessionRepository sessions, CommunitySafetyHubs hubs, AuditTrail audit,
			ApplicationEventPublisher publisher, Clock clock) {
		this.sessions = sessions;
		this.hubs = hubs;
		this.audit = audit;
		this.publisher = publisher;
		this.clock = clock;
	}

	List<CommunitySafetyHubs.Hub> hubs() {
		return hubs.hubs();
	}

	boolean isHub(long entryId) {
		return hubs.hub(entryId).isPresent();
	}

	long record(LocalDate heldOn, long hubEntryId, int contactsMade, int issuesRaised, int reportsTaken) {
		CommunitySafetyHubs.Hub hub = hubs.hub(hubEntryId).orElseThrow();
		HubSession session = sessions.save(new HubSession(heldOn, hub, contactsMade, issuesRaised, reportsTaken, clock.instant()));
		audit.record("HUB_SESSION_RECORDED", "engagement_hub_session", session.getId(), hub.name() + " on " + heldOn);
		publisher.publishEvent(IndicatorCountsChanged.of(EngagementCounts.SOURCE, YearMonth.from(heldOn)));
		return session.getId();
	}

	/** The sessions held from {@code from} to {@code to}, newest first. */
	List<HubSession> between(LocalDate from, LocalDate to) {
		return sessions.findByHeldOnBetweenOrderByHeldOnDescIdDesc(from, to);
	}

}

package org.safercommunities.cases;

import java.time.Clock;
import java.util.List;

import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.StaffActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's timeline: everything that happened, in order. Every change to a case adds its line here, in the same
 * transaction as the change. It holds no access rule of its own: callers have checked the case with
 * {@link CaseFiles#require} first (the summary is encrypted, as a note may name people).
 *
 * @see TimelineKind
 */
@Service
public class CaseTimeline {

	private final CaseTimelineEntryRepository entries;

	private final Clock clock;

	CaseTimeline(CaseTimelineEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/**
	 * Adds a line, by the signed-in staff member (or the system); {@code relatedType} and {@code relatedId} name the
	 * record it is about (an action, a review), or are null.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void add(long caseId, TimelineKind kind, String summary, String relatedType, Long relatedId) {
		Long by = CurrentActor.find().map(StaffActor::userId).orElse(null);
		entries.save(new CaseTimelineEntry(caseId, kind, summary, relatedType, relatedId, by, clock.instant()));
	}

	/** The case's timeline, oldest first. */
	@Transactional(readOnly = true)
	public List<TimelineEntry> entries(long caseId) {
		return entries.findByCaseIdOrderByRecordedAtAscIdAsc(caseId).stream().map(CaseTimelineEntry::toEntry).toList();
	}

}

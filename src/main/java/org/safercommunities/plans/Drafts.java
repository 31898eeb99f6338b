package org.safercommunities.plans;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.shared.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Annual report drafts: one per financial year, holding only what officers write in each section. */
@Service
@Transactional
class Drafts {

	private final PaperStore store;

	private final AuditTrail audit;

	private final Clock clock;

	Drafts(PaperStore store, AuditTrail audit, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	List<Integer> years() {
		return store.draftYears();
	}

	/** Starts the year's draft, or finds the one already started (two officers pressing at once get the same). */
	void start(int startYear) {
		if (store.draft(startYear).isEmpty()) {
			long id = store.insertDraft(startYear, CurrentActor.require().userId(), now());
			audit.record("ANNUAL_REPORT_STARTED", "plan_annual_report", id, "Financial year " + startYear);
		}
	}

	Map<String, String> narratives(int startYear) {
		return store.draft(startYear).map(store::narratives).orElse(Map.of());
	}

	Optional<String> narrative(int startYear, String sectionKey) {
		return Optional.ofNullable(narratives(startYear).get(sectionKey));
	}

	void save(int startYear, String sectionKey, String narrative) {
		long id = store.draft(startYear).orElseThrow();
		store.saveNarrative(id, sectionKey, narrative.strip(), CurrentActor.require().userId(), now());
		audit.record("ANNUAL_REPORT_WRITTEN", "plan_annual_report", id, "Section " + sectionKey);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

}

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

	/** The case studies chosen for the year's draft, in the order they were added. */
	List<PaperStore.ChosenStudy> studies(int startYear) {
		return store.draft(startYear).map(store::studies).orElse(List.of());
	}

	Optional<PaperStore.ChosenStudy> study(int startYear, long studyId) {
		return store.draft(startYear).flatMap(id -> store.study(id, studyId));
	}

	/**
	 * Adds a case study as the cases module anonymised it (the paragraphs kept as they were shown); a case already
	 * chosen for the year is not added twice. Answers the study's id.
	 */
	long addStudy(int startYear, CaseStudies.Study study, String introduction) {
		start(startYear);
		long id = store.draft(startYear).orElseThrow();
		Optional<PaperStore.ChosenStudy> already = store.studies(id).stream()
			.filter(chosen -> chosen.caseId() == study.caseId()).findFirst();
		if (already.isPresent()) {
			return already.get().id();
		}
		long studyId = store.insertStudy(id, study.caseId(), study.heading(), String.join("\n\n", study.paragraphs()),
				blankToNull(introduction), CurrentActor.require().userId(), now());
		audit.record("ANNUAL_REPORT_CASE_STUDY_ADDED", "plan_annual_report", id, "Case study " + studyId + " of case "
				+ study.caseId());
		return studyId;
	}

	void rewordStudy(int startYear, long studyId, String introduction) {
		long id = store.draft(startYear).orElseThrow();
		store.rewordStudy(id, studyId, blankToNull(introduction), CurrentActor.require().userId(), now());
		audit.record("ANNUAL_REPORT_CASE_STUDY_WORDED", "plan_annual_report", id, "Case study " + studyId);
	}

	boolean removeStudy(int startYear, long studyId) {
		Optional<Long> id = store.draft(startYear);
		if (id.isEmpty() || !store.removeStudy(id.get(), studyId)) {
			return false;
		}
		audit.record("ANNUAL_REPORT_CASE_STUDY_REMOVED", "plan_annual_report", id.get(), "Case study " + studyId);
		return true;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

}

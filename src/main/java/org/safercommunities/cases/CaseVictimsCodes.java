package org.safercommunities.cases;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.shared.IndicatorCountsChanged;
import org.safercommunities.shared.UkDates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Victims' Code checklist of a case: read under {@link CaseAccess#VIEW}, ticked under {@link CaseAccess#WORK},
 * each item changed a line on the timeline. The dashboard counts it through {@link VictimsCodeCounts}.
 */
@Service
@Transactional
public class CaseVictimsCodes {

	private final CaseFiles cases;

	private final CaseVictimsCodeRepository checklists;

	private final CaseTimeline timeline;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseVictimsCodes(CaseFiles cases, CaseVictimsCodeRepository checklists, CaseTimeline timeline, AuditTrail audit,
			MessageSource messages, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.checklists = checklists;
		this.timeline = timeline;
		this.audit = audit;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	VictimsCodeChecklist of(long caseId) {
		cases.require(caseId, CaseAccess.VIEW);
		return checklists.findById(caseId).map(CaseVictimsCode::checklist).orElse(VictimsCodeChecklist.empty());
	}

	/** Records the checklist as it now stands; returns the items that changed (each went on the timeline). */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	List<VictimsCodeChecklist.Item> record(long caseId, VictimsCodeChecklist now) {
		CaseFile file = cases.require(caseId, CaseAccess.WORK);
		java.util.Optional<CaseVictimsCode> found = checklists.findById(caseId);
		VictimsCodeChecklist before = found.map(CaseVictimsCode::checklist).orElse(VictimsCodeChecklist.empty());
		List<VictimsCodeChecklist.Item> changed = now.changesFrom(before);
		if (changed.isEmpty()) {
			return changed;
		}
		CaseVictimsCode stored = found.orElseGet(() -> checklists.save(new CaseVictimsCode(caseId, clock.instant())));
		stored.record(now, clock.instant());
		audit.record("CASE_VICTIMS_CODE_RECORDED", "case_file", caseId, "Changed " + changed);
		for (VictimsCodeChecklist.Item item : changed) {
			timeline.add(caseId, TimelineKind.VICTIMS_CODE, line(item, now), "case_victims_code", caseId);
		}
		// Counted by the month the case was opened in (the measure is "of the cases opened that month").
		events.publishEvent(IndicatorCountsChanged.of(VictimsCodeCounts.SOURCE, YearMonth.from(file.getOpenedOn())));
		return changed;
	}

	/** "Victims' Code: informed of their rights on 2 December 2026", or "... removed" when a date was cleared. */
	private String line(VictimsCodeChecklist.Item item, VictimsCodeChecklist now) {
		String what = say(item.messageKey());
		String day = switch (item) {
			case INFORMED_OF_RIGHTS -> UkDates.day(now.informedOn());
			case NEEDS_ASSESSED -> UkDates.day(now.needsAssessedOn());
			case REFERRED_TO_SUPPORT -> UkDates.day(now.referredOn());
			case UPDATE_GIVEN -> now.updatesGiven().isEmpty() ? null
					: UkDates.day(now.updatesGiven().get(now.updatesGiven().size() - 1));
			case RJ_OFFERED -> UkDates.day(now.rjOfferedOn());
			case RJ_ANSWER -> null;
		};
		if (item == VictimsCodeChecklist.Item.RJ_ANSWER) {
			return now.rjAnswer() == null ? say("cases.work.timeline.victims-code-removed", what)
					: say("cases.work.timeline.victims-code-rj", say(now.rjAnswer().messageKey()));
		}
		return day == null ? say("cases.work.timeline.victims-code-removed", what)
				: say("cases.work.timeline.victims-code", what, day);
	}

	private String say(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}

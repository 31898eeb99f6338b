package org.safercommunities.cases;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.IndicatorCountsChanged;
import org.safercommunities.shared.StaffActor;
import org.safercommunities.shared.UkTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risk assessments of a case's victim: assessing (and reassessing) under {@link CaseAccess#WORK}, reading under
 * {@link CaseAccess#VIEW}, each assessment a new row on the case's history and a line on its timeline. The case
 * list's "risk" filter and column read {@link #currentLevels}.
 */
@Service
@Transactional
public class CaseRisk {

	/** The dashboard source of cases assessed high risk (see {@link CaseRiskCounts}). */
	static final String SOURCE = "CASE_RISK";

	private final CaseFiles cases;

	private final CaseRiskAssessmentRepository assessments;

	private final CaseTimeline timeline;

	private final AuditTrail audit;

	private final RiskSettings settings;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseRisk(CaseFiles cases, CaseRiskAssessmentRepository assessments, CaseTimeline timeline, AuditTrail audit,
			RiskSettings settings, MessageSource messages, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.assessments = assessments;
		this.timeline = timeline;
		this.audit = audit;
		this.settings = settings;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The current level of each of these cases that has been assessed (cases never assessed are left out): for the
	 * case list, which has already decided which cases the person may list. Levels only, no personal data.
	 */
	@Transactional(readOnly = true)
	public Map<Long, RiskLevel> currentLevels(Collection<Long> caseIds) {
		Map<Long, RiskLevel> levels = new HashMap<>();
		if (caseIds.isEmpty()) {
			return levels;
		}
		for (Object[] row : assessments.currentLevels(caseIds)) {
			levels.put((Long) row[0], (RiskLevel) row[1]);
		}
		return levels;
	}

	/** The current assessment, for the case page (its read is audited with the page). */
	@Transactional(readOnly = true)
	Optional<CaseRiskAssessment> current(long caseId) {
		cases.require(caseId, CaseAccess.VIEW);
		return assessments.findFirstByCaseIdOrderByAssessedAtDescIdDesc(caseId);
	}

	/** Every assessment of the case, newest first; the read of the answers and reasons is audited. */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
	List<CaseRiskAssessment> history(long caseId) {
		cases.require(caseId, CaseAccess.VIEW);
		audit.record("CASE_RISK_VIEWED", "case_file", caseId, "Risk assessment history");
		return assessments.findByCaseIdOrderByAssessedAtDescIdDesc(caseId);
	}

	/** Records a new assessment from the answers and an optional override (a level with its reason). */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	CaseRiskAssessment assess(long caseId, Map<RiskQuestion, Boolean> answers, RiskLevel overrideLevel,
			String overrideReason) {
		cases.require(caseId, CaseAccess.WORK);
		StaffActor actor = CurrentActor.require();
		List<RiskQuestion> yes = answers.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
		RiskScoring.Scored scored = RiskScoring.score(yes, settings);
		RiskDecision decision = RiskDecision.of(scored,
				overrideLevel == null ? null : new RiskDecision.Override(overrideLevel, overrideReason, actor.displayName()));
		CaseRiskAssessment assessment = assessments.save(new CaseRiskAssessment(caseId, clock.instant(), actor.userId(),
				actor.displayName(), answers, decision));
		audit.record("CASE_RISK_ASSESSED", "case_file", caseId,
				"Assessment " + assessment.getId() + ": " + decision.level() + (decision.overridden() ? " (override)" : ""));
		timeline.add(caseId, TimelineKind.RISK, summary(decision, actor.displayName()), "case_risk_assessment",
				assessment.getId());
		events.publishEvent(IndicatorCountsChanged.of(SOURCE, YearMonth.now(clock.withZone(UkTime.ZONE))));
		return assessment;
	}

	/** The published form of {@link #assess}: an assessment with these answers "yes", the rest "no", no override. */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	public RiskLevel assess(long caseId, java.util.Set<RiskQuestion> yes) {
		Map<RiskQuestion, Boolean> answers = new java.util.EnumMap<>(RiskQuestion.class);
		for (RiskQuestion question : RiskQuestion.values()) {
			answers.put(question, yes.contains(question));
		}
		return assess(caseId, answers, null, null).getRiskLevel();
	}

	/** "Risk assessed: Medium (score 5), raised to High by J Officer" (the reason stays on the assessment). */
	private String summary(RiskDecision decision, String byName) {
		String scored = say(decision.scored().level().messageKey());
		if (!decision.overridden()) {
			return say("cases.work.timeline.risk", scored, decision.scored().score());
		}
		return say(decision.raised() ? "cases.work.timeline.risk-raised" : "cases.work.timeline.risk-lowered", scored,
				decision.scored().score(), say(decision.level().messageKey()), byName);
	}

	private String say(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}

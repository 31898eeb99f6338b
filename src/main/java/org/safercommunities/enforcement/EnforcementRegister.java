package org.safercommunities.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.audit.AuditTrail.AuditActor;
import org.safercommunities.cases.CaseFile;
import org.safercommunities.cases.CaseFiles;
import org.safercommunities.cases.CaseTimeline;
import org.safercommunities.cases.TimelineKind;
import org.safercommunities.enforcement.EnforcementStore.OffenceCode;
import org.safercommunities.enforcement.EnforcementStore.PspoCondition;
import org.safercommunities.enforcement.PenaltyPricing.Price;
import org.safercommunities.people.People;
import org.safercommunities.people.PersonSummary;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.IndicatorCountsChanged;
import org.safercommunities.shared.StaffActor;
import org.safercommunities.shared.UkTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enforcement register of a case: every read and change loads the case under its own rule first
 * ({@link EnforcementAccess}), every change is audited (never with personal data) and written on the case's
 * timeline, and every read of recipients' and witnesses' names goes through the people module, which audits it.
 */
@Service
@Transactional
public class EnforcementRegister {

	/** The indicator source (shared.IndicatorCounts), see {@link EnforcementCounts}. */
	static final String SOURCE = "ENFORCEMENT";

	private static final Logger log = LoggerFactory.getLogger(EnforcementRegister.class);

	private final CaseFiles cases;

	private final CaseTimeline timeline;

	private final EnforcementStore store;

	private final People people;

	private final AuditTrail audit;

	private final EnforcementLists lists;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	EnforcementRegister(CaseFiles cases, CaseTimeline timeline, EnforcementStore store, People people,
			AuditTrail audit, EnforcementLists lists, ApplicationEventPublisher events, MessageSource messages,
			Clock clock) {
		this.cases = cases;
		this.timeline = timeline;
		this.store = store;
		this.people = people;
		this.audit = audit;
		this.lists = lists;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/** Everything on the case's register, with the names of recipients and witnesses (read audited). */
	@PreAuthorize(EnforcementAccess.READERS)
	RegisterView onCase(long caseId) {
		CaseFile file = cases.require(caseId, EnforcementAccess.VIEW);
		List<Tool> tools = store.toolsOnCase(caseId);
		List<Penalty> penalties = store.penaltiesOnCase(caseId);
		List<Evidence> evidence = store.evidenceOnCase(caseId);
		Set<Long> named = new LinkedHashSet<>(file.personIds());
		tools.stream().map(Tool::recipientPersonId).filter(java.util.Objects::nonNull).forEach(named::add);
		penalties.stream().map(Penalty::recipientPersonId).forEach(named::add);
		evidence.stream().map(Evidence::witnessPersonId).filter(java.util.Objects::nonNull).forEach(named::add);
		Map<Long, String> names = names(named, "case_file " + caseId + " enforcement register");
		audit.record("ENFORCEMENT_VIEWED", "case_file", caseId, null);
		return new RegisterView(file, tools, penalties, evidence, names, parties(file, names));
	}

	/** Records a tool or power; returns its id. The chain's rules refuse what may not be done yet. */
	@PreAuthorize(EnforcementAccess.WORKERS)
	public long recordTool(long caseId, NewTool request) {
		CaseFile file = cases.require(caseId, EnforcementAccess.WORK);
		StaffActor actor = CurrentActor.require();
		requireParty(file, request.recipientPersonId(), "recipient");
		List<Tool> onCase = store.toolsOnCase(caseId);
		EscalationRules.checkTool(request.kind(), request.recipientPersonId(), request.premises(), request.issuedOn(),
				request.noWarningReason(), request.breachOfId(), request.pspoConditionId(), request.duration(),
				request.extended(), onCase, lists.closureOn(request.issuedOn()));
		requirePspoInForce(request.pspoConditionId(), request.issuedOn());
		Tool tool = new Tool(0, caseId, file.getOwningOrganisationId(), request.kind(), request.recipientPersonId(),
				request.premises(), request.issuedOn(), actor.displayName(), request.conditions(), request.complianceOn(),
				request.noWarningReason(), request.breachOfId(), request.pspoConditionId(), request.duration(),
				request.extended(), EscalationRules.inForceUntil(request.kind(), request.issuedOn(), request.duration()),
				null);
		long id = store.insertTool(tool, actor.userId(), file.getWardCode());
		audit.record("ENFORCEMENT_RECORDED", "enforcement_action", id, request.kind().name() + " on case " + caseId);
		timeline.add(caseId, TimelineKind.ENFORCEMENT, say("enforcement.timeline.tool", say(request.kind().messageKey()),
				UkDatesText.day(request.issuedOn())), "enforcement_action", id);
		countsChanged(request.issuedOn());
		return id;
	}

	/** Issues a fixed penalty notice priced by the tariff of its day of issue; returns its id. */
	@PreAuthorize(EnforcementAccess.WORKERS)
	long issuePenalty(long caseId, NewPenalty request) {
		CaseFile file = cases.require(caseId, EnforcementAccess.WORK);
		StaffActor actor = CurrentActor.require();
		if (!store.offenceCodeExists(request.offenceCode())) {
			throw new EnforcementRuleBroken("offenceCode", "enforcement.error.offence-code");
		}
		requireParty(file, request.recipientPersonId(), "recipient");
		EscalationRules.checkPenalty(request.offenceCode(), request.recipientPersonId(), request.breachOfId(),
				request.pspoConditionId(), store.toolsOnCase(caseId));
		requirePspoInForce(request.pspoConditionId(), request.issuedOn());
		Price price = PenaltyPricing.price(lists.tariffs(), request.offenceCode(), request.issuedOn());
		Penalty penalty = new Penalty(0, caseId, file.getOwningOrganisationId(), request.offenceCode(),
				request.recipientPersonId(), request.issuedOn(), actor.displayName(), price.amountPence(),
				price.earlyAmountPence(), price.earlyUntil(), price.dueOn(), PaymentStatus.UNPAID, request.breachOfId(),
				request.pspoConditionId(), null, null, null);
		long id = store.insertPenalty(penalty, actor.userId(), file.getWardCode());
		audit.record("ENFORCEMENT_PENALTY_ISSUED", "enforcement_penalty", id, request.offenceCode() + " on case " + caseId);
		timeline.add(caseId, TimelineKind.ENFORCEMENT, say("enforcement.timeline.penalty", request.offenceCode(),
				Money.pounds(price.amountPence()), UkDatesText.day(price.dueOn())), "enforcement_penalty", id);
		countsChanged(request.issuedOn());
		return id;
	}

	/**
	 * Corrects what a tool or power says (its conditions, compliance date or premises), with the reason on the case's
	 * timeline. Its kind, recipient and day served are what the chain was checked on, so they are not changed: a tool
	 * recorded wrongly is withdrawn and recorded again.
	 */
	@PreAuthorize(EnforcementAccess.WORKERS)
	void correctTool(long caseId, long toolId, ToolCorrection correction) {
		Tool tool = standing(caseId, toolId);
		boolean onPremises = tool.recipientPersonId() == null;
		if (onPremises && (correction.premises() == null || correction.premises().isBlank())) {
			throw new EnforcementRuleBroken("premises", "enforcement.error.premises");
		}
		if (correction.complianceOn() != null && correction.complianceOn().isBefore(tool.issuedOn())) {
			throw new EnforcementRuleBroken("complianceOn", "enforcement.error.compliance-before-issue");
		}
		// A tool served on a person keeps its premises (the form does not offer them)
		String premises = onPremises ? correction.premises() : tool.premises();
		store.corrected(toolId, correction.conditions(), correction.complianceOn(), premises);
		audit.record("ENFORCEMENT_CORRECTED", "enforcement_action", toolId, tool.kind().name() + " on case " + caseId);
		timeline.add(caseId, TimelineKind.ENFORCEMENT, say("enforcement.timeline.corrected", say(tool.kind().messageKey()),
				UkDatesText.day(tool.issuedOn()), correction.reason().strip()), "enforcement_action", toolId);
	}

	/**
	 * Withdraws a tool or power with its reason (on the case's timeline): it stays on the register, marked, and no
	 * longer counts for the escalation chain, in Fig. 3 or on the dashboard.
	 */
	@PreAuthorize(EnforcementAccess.WORKERS)
	void withdrawTool(long caseId, long toolId, String reason) {
		Tool tool = standing(caseId, toolId);
		if (!store.withdrawn(toolId, reason)) {
			throw new EnforcementRuleBroken(null, "enforcement.error.withdrawn");
		}
		audit.record("ENFORCEMENT_WITHDRAWN", "enforcement_action", toolId, tool.kind().name() + " on case " + caseId);
		timeline.add(caseId, TimelineKind.ENFORCEMENT, say("enforcement.timeline.withdrawn", say(tool.kind().messageKey()),
				UkDatesText.day(tool.issuedOn()), reason.strip()), "enforcement_action", toolId);
		countsChanged(tool.issuedOn());
	}

	/** Records a payment: early (the reduced amount) up to the last early day, else the full amount. */
	@PreAuthorize(EnforcementAccess.WORKERS)
	PaymentStatus recordPayment(long caseId, long penaltyId, LocalDate paidOn, long paidPence) {
		Penalty penalty = open(caseId, penaltyId);
		if (paidOn.isBefore(penalty.issuedOn())) {
			throw new EnforcementRuleBroken("paidOn", "enforcement.error.paid-before-issue");
		}
		PaymentStatus status = PenaltyPricing.settles(penalty, paidOn, paidPence);
		store.paid(penaltyId, status, paidOn, paidPence);
		audit.record("ENFORCEMENT_PENALTY_PAID", "enforcement_penalty", penaltyId, status.name());
		timeline.add(caseId, TimelineKind.ENFORCEMENT, say("enforcement.timeline.paid", penalty.offenceCode(),
				Money.pounds(paidPence), say(status.messageKey())), "enforcement_penalty", penaltyId);
		countsChanged(penalty.issuedOn());
		return status;
	}

	@PreAuthorize(EnforcementAccess.WORKERS)
	void cancel(long caseId, long penaltyId, String reason) {
		Penalty penalty = open(caseId, penaltyId);
		store.cancelled(penaltyId, reason);
		audit.record("ENFORCEMENT_PENALTY_CANCELLED", "enforcement_penalty", penaltyId, null);
		timeline.add(caseId, TimelineKind.ENFORCEMENT, say("enforcement.timeline.cancelled", penalty.offenceCode(),
				reason.strip()), "enforcement_penalty", penaltyId);
		countsChanged(penalty.issuedOn());
	}

	/** Adds a reference to evidence held elsewhere (body-worn camera, CCTV), optionally with its witness. */
	@PreAuthorize(EnforcementAccess.WORKERS)
	long addEvidence(long caseId, NewEvidence request) {
		CaseFile file = cases.require(caseId, EnforcementAccess.WORK);
		requireParty(file, request.witnessPersonId(), "witness");
		long id = store.insertEvidence(new Evidence(0, caseId, request.kind(), request.reference(),
				request.witnessPersonId(), request.professionalWitness()), CurrentActor.require().userId());
		audit.record("ENFORCEMENT_EVIDENCE_ADDED", "enforcement_evidence", id, request.kind().name());
		timeline.add(caseId, TimelineKind.ENFORCEMENT, say("enforcement.timeline.evidence", say(request.kind().messageKey())),
				"enforcement_evidence", id);
		return id;
	}

	/**
	 * The case's enforcement for a court bundle: every tool (breaches apart), notice and evidence reference, with a
	 * professional witness's identity withheld (their name is not even read). The export is audited.
	 */
	@PreAuthorize(EnforcementAccess.READERS)
	Bundle bundle(long caseId) {
		CaseFile file = cases.require(caseId, EnforcementAccess.VIEW);
		List<Tool> tools = store.toolsOnCase(caseId);
		List<Penalty> penalties = store.penaltiesOnCase(caseId);
		List<Evidence> evidence = store.evidenceOnCase(caseId);
		Set<Long> named = new LinkedHashSet<>();
		tools.stream().map(Tool::recipientPersonId).filter(java.util.Objects::nonNull).forEach(named::add);
		penalties.stream().map(Penalty::recipientPersonId).forEach(named::add);
		evidence.stream().filter(each -> !each.professionalWitness()).map(Evidence::witnessPersonId)
			.filter(java.util.Objects::nonNull).forEach(named::add);
		Map<Long, String> names = names(named, "case_file " + caseId + " court bundle");
		Map<Long, PspoCondition> conditions = store.pspoConditions().stream()
			.collect(Collectors.toMap(PspoCondition::id, each -> each));
		List<BundleRow> served = new ArrayList<>();
		List<BundleRow> breaches = new ArrayList<>();
		for (Tool tool : tools) {
			String who = tool.recipientPersonId() == null ? nullToEmpty(tool.premises())
					: names.getOrDefault(tool.recipientPersonId(), "");
			List<String> detail = new ArrayList<>();
			if (tool.conditions() != null) {
				detail.add(tool.conditions());
			}
			PspoCondition condition = tool.pspoConditionId() == null ? null : conditions.get(tool.pspoConditionId());
			if (condition != null) {
				detail.add(condition.label());
			}
			if (tool.withdrawn()) {
				detail.add(say("enforcement.register.withdrawn", tool.withdrawnReason()));
			}
			(tool.kind().isBreach() ? breaches : served).add(new BundleRow(say(tool.kind().messageKey()),
					UkDatesText.day(tool.issuedOn()), who, String.join(". ", detail), false));
		}
		List<BundleRow> notices = penalties.stream()
			.map(penalty -> new BundleRow(say("enforcement.penalty.name", penalty.offenceCode()),
					UkDatesText.day(penalty.issuedOn()), names.getOrDefault(penalty.recipientPersonId(), ""),
					say(penalty.status().messageKey()), false))
			.toList();
		List<BundleRow> references = evidence.stream()
			.map(each -> new BundleRow(say(each.kind().messageKey()), "", each.witnessPersonId() == null ? ""
					: each.professionalWitness() ? say("enforcement.evidence.withheld")
							: names.getOrDefault(each.witnessPersonId(), ""), each.reference(), each.professionalWitness()))
			.toList();
		audit.record("ENFORCEMENT_BUNDLE_EXPORTED", "case_file", file.getId(), null);
		return new Bundle(file.getReference(), served, breaches, notices, references);
	}

	/** The court bundle's schedule as rows (a heading row first), for the CSV. */
	@PreAuthorize(EnforcementAccess.READERS)
	List<List<String>> courtBundle(long caseId) {
		Bundle bundle = bundle(caseId);
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of(say("enforcement.bundle.what"), say("enforcement.bundle.date"), say("enforcement.bundle.who"),
				say("enforcement.bundle.detail")));
		for (List<BundleRow> section : List.of(bundle.tools(), bundle.breaches(), bundle.notices(), bundle.evidence())) {
			section.forEach(row -> rows.add(List.of(row.what(), row.date(), row.who(), row.detail())));
		}
		return rows;
	}

	/**
	 * The daily job's work: every notice still unpaid after its due date goes to the prosecution review list, each
	 * on its case's timeline and in the audit log as the system. Returns how many moved.
	 */
	int passUnpaidForReview(LocalDate today) {
		int moved = 0;
		for (Penalty penalty : store.unpaidPastDue(today)) {
			if (store.passForReview(penalty.id())) {
				moved++;
				audit.append(AuditActor.system(), "ENFORCEMENT_PENALTY_FOR_REVIEW", "enforcement_penalty", penalty.id(),
						"Unpaid after " + penalty.dueOn());
				timeline.add(penalty.caseId(), TimelineKind.ENFORCEMENT, say("enforcement.timeline.for-review",
						penalty.offenceCode(), UkDatesText.day(penalty.dueOn())), "enforcement_penalty", penalty.id());
				countsChanged(penalty.issuedOn());
			}
		}
		log.info("Fixed penalty notices unpaid past due on {}: {} passed for prosecution review", today, moved);
		return moved;
	}

	/** The prosecution review list of the signed-in person's organisation (no names: counts and references). */
	@PreAuthorize(EnforcementAccess.WORKERS)
	@Transactional(readOnly = true)
	List<Penalty> forReview() {
		return store.forReview(CurrentActor.require().organisationId());
	}

	@Transactional(readOnly = true)
	List<OffenceCode> offenceCodes() {
		return store.offenceCodes();
	}

	@Transactional(readOnly = true)
	List<PspoCondition> pspoConditions() {
		return store.pspoConditions();
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(UkTime.ZONE));
	}

	private PspoCondition pspoCondition(long id) {
		return store.pspoConditions().stream().filter(each -> each.id() == id).findFirst().orElse(null);
	}

	/** A PSPO breach names a condition of an active order that was in force on the day (where its dates are known). */
	private void requirePspoInForce(Long conditionId, LocalDate day) {
		if (conditionId == null) {
			return;
		}
		PspoCondition condition = pspoCondition(conditionId);
		if (condition == null) {
			throw new EnforcementRuleBroken("pspoCondition", "enforcement.error.pspo-condition");
		}
		if (!condition.inForceOn(day)) {
			throw new EnforcementRuleBroken("pspoCondition", "enforcement.error.pspo-not-in-force",
					UkDatesText.day(condition.madeOn()), UkDatesText.day(condition.expiresOn()));
		}
	}

	/** The case's tool, under the case's WORK rule, not yet withdrawn. */
	private Tool standing(long caseId, long toolId) {
		cases.require(caseId, EnforcementAccess.WORK);
		Tool tool = store.tool(caseId, toolId)
			.orElseThrow(() -> new org.safercommunities.cases.CaseNotFound(caseId));
		if (tool.withdrawn()) {
			throw new EnforcementRuleBroken(null, "enforcement.error.withdrawn");
		}
		return tool;
	}

	private Penalty open(long caseId, long penaltyId) {
		cases.require(caseId, EnforcementAccess.WORK);
		Penalty penalty = store.penalty(caseId, penaltyId)
			.orElseThrow(() -> new EnforcementRuleBroken(null, "enforcement.error.no-penalty"));
		if (penalty.status() != PaymentStatus.UNPAID && penalty.status() != PaymentStatus.PROSECUTION_REVIEW) {
			throw new EnforcementRuleBroken(null, "enforcement.error.settled");
		}
		return penalty;
	}

	/** A recipient or witness is a party to the case: the people module holds them, the case names them. */
	private static void requireParty(CaseFile file, Long personId, String field) {
		if (personId != null && !file.personIds().contains(personId)) {
			throw new EnforcementRuleBroken(field, "enforcement.error.not-a-party");
		}
	}

	private Map<Long, String> names(Set<Long> personIds, String reason) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		return people.summaries(personIds, reason).stream()
			.collect(Collectors.toMap(PersonSummary::personId, PersonSummary::displayName, (a, b) -> a));
	}

	private static List<Party> parties(CaseFile file, Map<Long, String> names) {
		return file.getParties().stream()
			.map(party -> party.getPersonId())
			.distinct()
			.map(id -> new Party(id, names.getOrDefault(id, "")))
			.toList();
	}

	private void countsChanged(LocalDate day) {
		events.publishEvent(IndicatorCountsChanged.of(SOURCE, YearMonth.from(day)));
	}

	private String say(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	/** A tool or power to record; a person recipient or premises (closures), and what its kind asks for. */
	public record NewTool(ToolKind kind, Long recipientPersonId, String premises, LocalDate issuedOn, String conditions,
			LocalDate complianceOn, String noWarningReason, Long breachOfId, Long pspoConditionId, Integer duration,
			boolean extended) {
	}

	/** What a correction may change, and why it is made. */
	record ToolCorrection(String conditions, LocalDate complianceOn, String premises, String reason) {
	}

	record NewPenalty(String offenceCode, long recipientPersonId, LocalDate issuedOn, Long breachOfId,
			Long pspoConditionId) {
	}

	record NewEvidence(EvidenceKind kind, String reference, Long witnessPersonId, boolean professionalWitness) {
	}

	/** A court bundle's sections; {@code redacted} marks a row whose witness identity is withheld. */
	record Bundle(String caseReference, List<BundleRow> tools, List<BundleRow> breaches, List<BundleRow> notices,
			List<BundleRow> evidence) {
	}

	record BundleRow(String what, String date, String who, String detail, boolean redacted) {
	}

	/** A party of the case as the forms offer it (recipient, witness). */
	record Party(long personId, String name) {
	}

	/** What the register page shows. */
	record RegisterView(CaseFile file, List<Tool> tools, List<Penalty> penalties, List<Evidence> evidence,
			Map<Long, String> names, List<Party> parties) {

		/** Breaches with no penalty yet for them: the page suggests the next step on each. */
		List<Tool> breachesAwaitingAStep() {
			return tools.stream().filter(tool -> tool.kind().isBreach() && !tool.withdrawn()).filter(breach -> penalties.stream()
				.noneMatch(penalty -> penaltyFor(penalty, breach))).toList();
		}

		private static boolean penaltyFor(Penalty penalty, Tool breach) {
			return breach.kind() == ToolKind.CPN_BREACH ? java.util.Objects.equals(penalty.breachOfId(), breach.breachOfId())
					: java.util.Objects.equals(penalty.pspoConditionId(), breach.pspoConditionId())
							&& penalty.recipientPersonId() == (breach.recipientPersonId() == null ? -1 : breach.recipientPersonId());
		}

		List<Tool> notices() {
			return tools.stream().filter(tool -> tool.kind() == ToolKind.CPN && !tool.withdrawn()).toList();
		}

	}

}

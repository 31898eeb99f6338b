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
class EnforcementRegister {

	/** The indicator source (shared.IndicatorCounts), see {@link EnforcementCounts}. */
	static final String SOURCE = "ENFORCEMENT";

	private static final Logger log = LoggerFactory.getLogger(EnforcementRegister.class);

	private final CaseFiles cases;

	private final CaseTimeline timeline;

	private final EnforcementStore store;

	private final People people;

	private final AuditTrail audit;

	private final EnforcementSettings settings;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	EnforcementRegister(CaseFiles cases, CaseTimeline timeline, EnforcementStore store, People people,
			AuditTrail audit, EnforcementSettings settings, ApplicationEventPublisher events, MessageSource messages,
			Clock clock) {
		this.cases = cases;
		this.timeline = timeline;
		this.store = store;
		this.people = people;
		this.audit = audit;
		this.settings = settings;
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
	long recordTool(long caseId, NewTool request) {
		CaseFile file = cases.require(caseId, EnforcementAccess.WORK);
		StaffActor actor = CurrentActor.require();
		requireParty(file, request.recipientPersonId(), "recipient");
		List<Tool> onCase = store.toolsOnCase(caseId);
		EscalationRules.checkTool(request.kind(), request.recipientPersonId(), request.premises(), request.issuedOn(),
				request.noWarningReason(), request.breachOfId(), request.pspoConditionId(), request.duration(),
				request.extended(), onCase, settings.closure());
		if (request.pspoConditionId() != null && pspoCondition(request.pspoConditionId()) == null) {
			throw new EnforcementRuleBroken("pspoCondition", "enforcement.error.pspo-condition");
		}
		Tool tool = new Tool(0, caseId, file.getOwningOrganisationId(), request.kind(), request.recipientPersonId(),
				request.premises(), request.issuedOn(), actor.displayName(), request.conditions(), request.complianceOn(),
				request.noWarningReason(), request.breachOfId(), request.pspoConditionId(), request.duration(),
				request.extended(), EscalationRules.inForceUntil(request.kind(), request.issuedOn(), request.duration()));
		long id = store.insertTool(tool, actor.userId());
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
		if (request.pspoConditionId() != null && pspoCondition(request.pspoConditionId()) == null) {
			throw new EnforcementRuleBroken("pspoCondition", "enforcement.error.pspo-condition");
		}
		Price price = PenaltyPricing.price(settings.tariffs(), request.offenceCode(), request.issuedOn());
		Penalty penalty = new Penalty(0, caseId, file.getOwningOrganisationId(), request.offenceCode(),
				request.recipientPersonId(), request.issuedOn(), actor.displayName(), price.amountPence(),
				price.earlyAmountPence(), price.earlyUntil(), price.dueOn(), PaymentStatus.UNPAID, request.breachOfId(),
				request.pspoConditionId(), null, null, null);
		long id = store.insertPenalty(penalty, actor.userId());
		audit.record("ENFORCEMENT_PENALTY_ISSUED", "enforcement_penalty", id, request.offenceCode() + " on case " + caseId);
		timeline.add(caseId, TimelineKind.ENFORCEMENT, say("enforcement.timeline.penalty", request.offenceCode(),
				Money.pounds(price.amountPence()), UkDatesText.day(price.dueOn())), "enforcement_penalty", id);
		countsChanged(request.issuedOn());
		return id;
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
	 * The case's enforcement for a court bundle: every tool, notice and evidence reference, with a professional
	 * witness's identity withheld (their name is not even read). The export is audited.
	 */
	@PreAuthorize(EnforcementAccess.READERS)
	List<List<String>> courtBundle(long caseId) {
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
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of(say("enforcement.bundle.what"), say("enforcement.bundle.date"), say("enforcement.bundle.who"),
				say("enforcement.bundle.detail")));
		for (Tool tool : tools) {
			rows.add(List.of(say(tool.kind().messageKey()), UkDatesText.day(tool.issuedOn()),
					tool.recipientPersonId() == null ? nullToEmpty(tool.premises()) : names.getOrDefault(tool.recipientPersonId(), ""),
					nullToEmpty(tool.conditions())));
		}
		for (Penalty penalty : penalties) {
			rows.add(List.of(say("enforcement.penalty.name", penalty.offenceCode()), UkDatesText.day(penalty.issuedOn()),
					names.getOrDefault(penalty.recipientPersonId(), ""), say(penalty.status().messageKey())));
		}
		for (Evidence each : evidence) {
			String witness = each.witnessPersonId() == null ? ""
					: each.professionalWitness() ? say("enforcement.evidence.withheld")
							: names.getOrDefault(each.witnessPersonId(), "");
			rows.add(List.of(say(each.kind().messageKey()), "", witness, each.reference()));
		}
		audit.record("ENFORCEMENT_BUNDLE_EXPORTED", "case_file", file.getId(), null);
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
	record NewTool(ToolKind kind, Long recipientPersonId, String premises, LocalDate issuedOn, String conditions,
			LocalDate complianceOn, String noWarningReason, Long breachOfId, Long pspoConditionId, Integer duration,
			boolean extended) {
	}

	record NewPenalty(String offenceCode, long recipientPersonId, LocalDate issuedOn, Long breachOfId,
			Long pspoConditionId) {
	}

	record NewEvidence(EvidenceKind kind, String reference, Long witnessPersonId, boolean professionalWitness) {
	}

	/** A party of the case as the forms offer it (recipient, witness). */
	record Party(long personId, String name) {
	}

	/** What the register page shows. */
	record RegisterView(CaseFile file, List<Tool> tools, List<Penalty> penalties, List<Evidence> evidence,
			Map<Long, String> names, List<Party> parties) {

		/** Breaches with no penalty yet for them: the page suggests the next step on each. */
		List<Tool> breachesAwaitingAStep() {
			return tools.stream().filter(tool -> tool.kind().isBreach()).filter(breach -> penalties.stream()
				.noneMatch(penalty -> penaltyFor(penalty, breach))).toList();
		}

		private static boolean penaltyFor(Penalty penalty, Tool breach) {
			return breach.kind() == ToolKind.CPN_BREACH ? java.util.Objects.equals(penalty.breachOfId(), breach.breachOfId())
					: java.util.Objects.equals(penalty.pspoConditionId(), breach.pspoConditionId())
							&& penalty.recipientPersonId() == (breach.recipientPersonId() == null ? -1 : breach.recipientPersonId());
		}

		List<Tool> notices() {
			return tools.stream().filter(tool -> tool.kind() == ToolKind.CPN).toList();
		}

	}

}

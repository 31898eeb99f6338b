package org.safercommunities.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.security.StaffAccounts;
import org.safercommunities.security.StaffAccounts.StaffMember;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.RecordAccess;
import org.safercommunities.shared.RecordOwnership;
import org.safercommunities.shared.RecordRule;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.StaffActor;
import org.safercommunities.shared.UkDates;
import org.safercommunities.shared.UkTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions on cases: added by whoever works on the case ({@link CaseAccess#WORK}) for any organisation of the
 * partnership, and closed (done or cancelled) by the case's owning organisation or by the organisation that owns
 * the action, as long as the case is shared with it whole ({@link #CLOSE}). Each change is audited and goes on the
 * case's timeline; "my actions" lists what a person or their organisation owns, overdue first.
 */
@Service
@Transactional
public class CaseActions {

	/**
	 * Closing an action, judged on the action's ownership (the case's organisation owns it, and it is shared with
	 * the organisation that owns the action), after {@link CaseAccess#VIEW} of its case: so an organisation given
	 * an action on a case not shared with it (or shared locked) may see the action in its list but not close it.
	 */
	static final RecordRule CLOSE = RecordRule.forRecords("case_action")
		.ownOrganisation(Role.OFFICER, Role.POLICE)
		.sharedWithThem(Role.OFFICER, Role.POLICE, Role.PARTNER)
		.hidingExistence();

	private final CaseFiles cases;

	private final CaseFileRepository caseFiles;

	private final CaseActionRepository actions;

	private final CaseTimeline timeline;

	private final Organisations organisations;

	private final StaffAccounts staff;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	CaseActions(CaseFiles cases, CaseFileRepository caseFiles, CaseActionRepository actions, CaseTimeline timeline,
			Organisations organisations, StaffAccounts staff, AuditTrail audit, MessageSource messages, Clock clock) {
		this.cases = cases;
		this.caseFiles = caseFiles;
		this.actions = actions;
		this.timeline = timeline;
		this.organisations = organisations;
		this.staff = staff;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/** The case's actions, soonest due first, as the case page shows them (read audited with the page). */
	@Transactional(readOnly = true)
	List<ActionView> onCase(long caseId) {
		CaseFile file = cases.require(caseId, CaseAccess.VIEW);
		StaffActor actor = CurrentActor.require();
		LocalDate today = today();
		return actions.findByCaseIdOrderByDueOnAscIdAsc(caseId).stream()
			.map(action -> view(action, file, actor, today))
			.toList();
	}

	/** Organisations an action can be given to: every active one of the partnership. */
	@Transactional(readOnly = true)
	List<Organisation> owners() {
		return organisations.active();
	}

	/** People an action can be given to: the enabled staff of the signed-in person's organisation. */
	@Transactional(readOnly = true)
	List<StaffMember> colleagues() {
		return staff.membersOf(CurrentActor.require().organisationId());
	}

	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	CaseAction add(long caseId, String what, long ownerOrganisationId, Long ownerUserId, LocalDate dueOn) {
		cases.require(caseId, CaseAccess.WORK);
		StaffActor actor = CurrentActor.require();
		Organisation owner = organisations.find(ownerOrganisationId).filter(Organisation::isActive)
			.orElseThrow(() -> new CaseRuleBroken("cases.work.error.action-organisation"));
		if (ownerUserId != null && staff.member(ownerUserId).filter(m -> m.organisationId() == ownerOrganisationId)
			.isEmpty()) {
			throw new CaseRuleBroken("cases.work.error.action-person");
		}
		CaseAction action = actions.save(new CaseAction(caseId, what.strip(), ownerOrganisationId, ownerUserId, dueOn,
				clock.instant(), actor.userId()));
		audit.record("CASE_ACTION_ADDED", "case_file", caseId,
				"Action " + action.getId() + " for organisation " + ownerOrganisationId);
		timeline.add(caseId, TimelineKind.ACTION, say("cases.work.timeline.action-added", owner.getName(),
				UkDates.day(dueOn)), "case_action", action.getId());
		return action;
	}

	/** The published form of {@link #add}: an action for an organisation (no named person); its id. */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	public long addFor(long caseId, String what, long ownerOrganisationId, LocalDate dueOn) {
		return add(caseId, what, ownerOrganisationId, null, dueOn).getId();
	}

	/** Marks an action done or cancelled: see {@link #CLOSE} for who may. */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
	void close(long caseId, long actionId, ActionStatus outcome, LocalDate on, String note) {
		CaseFile file = cases.require(caseId, CaseAccess.VIEW);
		CaseAction action = actions.findById(actionId).filter(found -> found.getCaseId() == caseId)
			.orElseThrow(() -> new CaseNotFound(caseId));
		RecordAccess.require(CurrentActor.require(), CLOSE, ownershipOf(action, file), actionId);
		if (action.getStatus() != ActionStatus.OPEN) {
			throw new CaseRuleBroken("cases.work.error.action-closed");
		}
		action.close(outcome, on, note == null || note.isBlank() ? null : note.strip(), CurrentActor.require().userId());
		audit.record("CASE_ACTION_CLOSED", "case_file", caseId, "Action " + actionId + " " + outcome);
		timeline.add(caseId, TimelineKind.ACTION, say("cases.work.timeline.action-" + outcome.name().toLowerCase(
				java.util.Locale.ROOT), organisationName(action.getOwnerOrganisationId()), UkDates.day(on)),
				"case_action", actionId);
	}

	/** One action of a case, for its "mark as done" page. */
	@Transactional(readOnly = true)
	ActionView one(long caseId, long actionId) {
		CaseFile file = cases.require(caseId, CaseAccess.VIEW);
		CaseAction action = actions.findById(actionId).filter(found -> found.getCaseId() == caseId)
			.orElseThrow(() -> new CaseNotFound(caseId));
		StaffActor actor = CurrentActor.require();
		RecordAccess.require(actor, CLOSE, ownershipOf(action, file), actionId);
		return view(action, file, actor, today());
	}

	/**
	 * The actions the signed-in person owns, or their organisation owns, open ones first and overdue first among
	 * them. An action on a case the person may not see whole is listed by its case's reference, without a link or a
	 * way to close it; the listing is audited.
	 */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
	List<ActionView> mine() {
		StaffActor actor = CurrentActor.require();
		LocalDate today = today();
		List<CaseAction> owned = actions.ownedBy(actor.userId(), actor.organisationId());
		Map<Long, CaseFile> files = caseFiles.findAllById(owned.stream().map(CaseAction::getCaseId).distinct().toList())
			.stream().collect(Collectors.toMap(CaseFile::getId, Function.identity()));
		audit.record("CASE_ACTIONS_LISTED", "staff_user", actor.userId(), "My actions: " + owned.size());
		return owned.stream()
			.map(action -> view(action, files.get(action.getCaseId()), actor, today))
			.sorted(Comparator.comparing((ActionView view) -> view.status() != ActionStatus.OPEN)
				.thenComparing(view -> !view.overdue())
				.thenComparing(ActionView::dueOn))
			.toList();
	}

	/** How many of the case's open actions are overdue today. */
	@Transactional(readOnly = true)
	long overdueOn(long caseId) {
		return actions.countByCaseIdInAndStatusAndDueOnLessThan(List.of(caseId), ActionStatus.OPEN, today());
	}

	static RecordOwnership ownershipOf(CaseAction action, CaseFile file) {
		return RecordOwnership.ownedBy(file.getOwningOrganisationId()).sharedWith(action.getOwnerOrganisationId());
	}

	private ActionView view(CaseAction action, CaseFile file, StaffActor actor, LocalDate today) {
		boolean seesCase = CaseAccess.may(actor, CaseAccess.VIEW, file);
		boolean mayClose = seesCase && action.getStatus() == ActionStatus.OPEN
				&& RecordAccess.may(actor, CLOSE, ownershipOf(action, file));
		String person = action.getOwnerUserId() == null ? null
				: staff.member(action.getOwnerUserId()).map(StaffMember::displayName).orElse(null);
		return new ActionView(action.getId(), file.getId(), file.getReference(), seesCase, action.getWhat(),
				organisationName(action.getOwnerOrganisationId()), person, action.getDueOn(), action.getStatus(),
				action.getClosedOn(), action.getCloseNote(), action.isOverdueOn(today), mayClose);
	}

	private String organisationName(long id) {
		return organisations.find(id).map(Organisation::getName).orElse(String.valueOf(id));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(UkTime.ZONE));
	}

	private String say(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/**
	 * An action as pages show it.
	 *
	 * @param seesCase whether the reader may open the case (else the reference is shown without a link)
	 */
	record ActionView(long id, long caseId, String caseReference, boolean seesCase, String what, String ownerOrganisation,
			String ownerPerson, LocalDate dueOn, ActionStatus status, LocalDate closedOn, String closeNote,
			boolean overdue, boolean mayClose) {

		public String due() {
			return UkDates.day(dueOn);
		}

		public String closed() {
			return UkDates.day(closedOn);
		}

		public boolean open() {
			return status == ActionStatus.OPEN;
		}

		public String statusKey() {
			return status.messageKey();
		}

	}

}

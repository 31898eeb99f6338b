package org.safercommunities.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.plans.PlanRecords.Action;
import org.safercommunities.plans.PlanRecords.ActionDetails;
import org.safercommunities.plans.PlanRecords.Priority;
import org.safercommunities.plans.PlanRecords.PriorityDetails;
import org.safercommunities.plans.PlanRecords.Strategy;
import org.safercommunities.plans.PlanRecords.StrategyDetails;
import org.safercommunities.plans.PlanRecords.Update;
import org.safercommunities.shared.AccessRefusal;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.RecordAccessRefused;
import org.safercommunities.shared.StaffActor;
import org.safercommunities.shared.UkTime;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Strategies, priorities, actions and progress updates, each change audited. The record-level rules
 * ({@link PlanAccess}) are checked here again, whatever the page offered.
 */
@Service
@Transactional
class PlanManagement {

	private final PlanStore store;

	private final AuditTrail audit;

	private final Clock clock;

	PlanManagement(PlanStore store, AuditTrail audit, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(UkTime.ZONE));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	@PreAuthorize("hasAnyRole('OFFICER', 'COORDINATOR', 'ANALYST', 'BOARD', 'ADMIN')")
	List<PlanRecords.Board> boards() {
		return store.boards();
	}

	List<Strategy> strategies() {
		return store.strategies();
	}

	List<Action> actionsOf(long strategyId) {
		return store.actionsOfStrategy(strategyId);
	}

	/** A strategy the signed-in person may read, with its priorities. */
	Strategy readableStrategy(long id) {
		Strategy strategy = strategy(id);
		if (!PlanAccess.mayRead(CurrentActor.require(), strategy, null)) {
			throw new RecordAccessRefused("plan_strategy", id, AccessRefusal.ROLE, false);
		}
		return strategy;
	}

	List<Priority> priorities(long strategyId) {
		return store.priorities(strategyId);
	}

	/** An action the signed-in person may read: a reader, or its lead officer. */
	Action readableAction(long id) {
		Action action = action(id);
		if (!PlanAccess.mayRead(CurrentActor.require(), strategyOf(action), action)) {
			throw new RecordAccessRefused("plan_action", id, AccessRefusal.ROLE, false);
		}
		return action;
	}

	Strategy strategyOf(Action action) {
		return strategy(priority(action.priorityId()).strategyId());
	}

	Priority priority(long id) {
		return store.priority(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	List<Update> updates(long actionId) {
		return store.updates(actionId);
	}

	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	long createStrategy(StrategyDetails details) {
		StaffActor actor = CurrentActor.require();
		if (!actor.hasRole(org.safercommunities.shared.Role.ADMIN) && !actor.belongsTo(details.ownerOrganisationId())) {
			throw new RecordAccessRefused("plan_strategy", null, AccessRefusal.OTHER_ORGANISATION, false);
		}
		long id = store.insertStrategy(details, now());
		audit.record("PLAN_STRATEGY_CREATED", "plan_strategy", id, details.name());
		return id;
	}

	/** For the demo seed, where nobody is signed in. */
	long createStrategyAsSystem(StrategyDetails details) {
		return store.insertStrategy(details, now());
	}

	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	void changeStrategy(long id, StrategyDetails details) {
		Strategy strategy = changeable(id);
		if (!PlanAccess.mayChange(CurrentActor.require(), new Strategy(id, details))) {
			throw new RecordAccessRefused("plan_strategy", id, AccessRefusal.OTHER_ORGANISATION, false);
		}
		store.updateStrategy(strategy.id(), details);
		audit.record("PLAN_STRATEGY_CHANGED", "plan_strategy", id, details.name());
	}

	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	long addPriority(long strategyId, PriorityDetails details) {
		changeable(strategyId);
		long id = store.insertPriority(strategyId, details);
		audit.record("PLAN_PRIORITY_ADDED", "plan_priority", id, "Priority " + details.number());
		return id;
	}

	long addPriorityAsSystem(long strategyId, PriorityDetails details) {
		return store.insertPriority(strategyId, details);
	}

	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	void changePriority(long id, PriorityDetails details) {
		changeable(priority(id).strategyId());
		store.updatePriority(id, details);
		audit.record("PLAN_PRIORITY_CHANGED", "plan_priority", id, "Priority " + details.number());
	}

	boolean priorityNumberTaken(long strategyId, int number, Long except) {
		return store.priorityNumberTaken(strategyId, number, except);
	}

	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	long addAction(long priorityId, ActionDetails details) {
		changeable(priority(priorityId).strategyId());
		long id = store.insertAction(priorityId, details);
		audit.record("PLAN_ACTION_ADDED", "plan_action", id, details.reference());
		return id;
	}

	long addActionAsSystem(long priorityId, ActionDetails details) {
		return store.insertAction(priorityId, details);
	}

	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	void changeAction(long id, ActionDetails details) {
		changeable(strategyOf(action(id)).id());
		store.updateAction(id, details);
		audit.record("PLAN_ACTION_CHANGED", "plan_action", id, details.reference());
	}

	/** A progress update by the lead officer, or an officer or coordinator of the organisation owning the plan. */
	void writeUpdate(long actionId, String text, Rag rag, String reason) {
		StaffActor actor = CurrentActor.require();
		Action action = action(actionId);
		if (!PlanAccess.mayWriteUpdate(actor, strategyOf(action), action)) {
			throw new RecordAccessRefused("plan_action", actionId, AccessRefusal.ROLE, false);
		}
		store.insertUpdate(actionId, actor.userId(), actor.displayName(), now(), text, rag, reason);
		audit.record("PLAN_ACTION_UPDATED", "plan_action", actionId, "RAG " + rag);
	}

	boolean mayChange(Strategy strategy) {
		return PlanAccess.mayChange(CurrentActor.require(), strategy);
	}

	boolean mayWriteUpdate(Action action) {
		return PlanAccess.mayWriteUpdate(CurrentActor.require(), strategyOf(action), action);
	}

	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	long createBoard(String name, Collection<Long> members) {
		long id = store.insertBoard(name.strip(), members);
		audit.record("PLAN_BOARD_CREATED", "plan_board", id, null);
		return id;
	}

	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	long scheduleMeeting(long boardId, LocalDate meetsOn) {
		long id = store.insertMeeting(boardId, meetsOn);
		audit.record("PLAN_MEETING_SCHEDULED", "plan_board", boardId, meetsOn.toString());
		return id;
	}

	Optional<PlanRecords.Meeting> meeting(long boardId, LocalDate day) {
		return store.meetingOn(boardId, day).flatMap(store::meeting);
	}

	java.util.Set<String> meetingIndicators(long meetingId) {
		return store.meetingIndicators(meetingId);
	}

	/** Which indicators' charts the meeting's pack carries; none is a choice too. */
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	void chooseIndicators(long meetingId, java.util.Collection<String> codes) {
		store.replaceMeetingIndicators(meetingId, codes);
		audit.record("PLAN_PACK_CHARTS_CHOSEN", "plan_board_meeting", meetingId, String.join(" ", new java.util.TreeSet<>(codes)));
	}

	/** Charts chosen by the system (the demo). */
	void chooseIndicatorsAsSystem(long meetingId, java.util.Collection<String> codes) {
		store.replaceMeetingIndicators(meetingId, codes);
	}

	boolean boardNameTaken(String name) {
		return store.boardNamed(name).isPresent();
	}

	boolean meetsOn(long boardId, LocalDate day) {
		return store.meetingOn(boardId, day).isPresent();
	}

	Optional<PlanRecords.Board> board(long id) {
		return store.boards().stream().filter(board -> board.id() == id).findFirst();
	}

	long createBoardAsSystem(String name, Collection<Long> members) {
		return store.insertBoard(name, members);
	}

	long scheduleMeetingAsSystem(long boardId, LocalDate meetsOn) {
		return store.insertMeeting(boardId, meetsOn);
	}

	Optional<Strategy> strategyNamed(String name) {
		return store.strategyNamed(name);
	}

	private Strategy strategy(long id) {
		return store.strategy(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Action action(long id) {
		return store.action(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Strategy changeable(long strategyId) {
		Strategy strategy = strategy(strategyId);
		if (!PlanAccess.mayChange(CurrentActor.require(), strategy)) {
			throw new RecordAccessRefused("plan_strategy", strategyId, AccessRefusal.OTHER_ORGANISATION, false);
		}
		return strategy;
	}

}

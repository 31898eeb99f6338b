package org.safercommunities.plans;

import org.safercommunities.plans.PlanRecords.Action;
import org.safercommunities.plans.PlanRecords.Strategy;
import org.safercommunities.shared.RecordAccess;
import org.safercommunities.shared.RecordOwnership;
import org.safercommunities.shared.RecordRule;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.StaffActor;

/**
 * Who reaches a strategy and its actions. A plan is the partnership's, not personal data: the community safety
 * team, the coordinators, analysts and the board read every plan; the owning organisation's officers (and the
 * administrator) change it; the action's lead officer and the owning organisation's officers and coordinators
 * write its progress updates.
 */
final class PlanAccess {

	static final Role[] READERS = { Role.OFFICER, Role.COORDINATOR, Role.ANALYST, Role.BOARD, Role.ADMIN };

	static final RecordRule READ = RecordRule.forRecords("plan_strategy").everyRecord(READERS);

	static final RecordRule CHANGE = RecordRule.forRecords("plan_strategy").everyRecord(Role.ADMIN)
		.ownOrganisation(Role.OFFICER);

	static final RecordRule UPDATE = RecordRule.forRecords("plan_action").ownOrganisation(Role.OFFICER,
			Role.COORDINATOR);

	private PlanAccess() {
	}

	static RecordOwnership ownership(Strategy strategy) {
		return RecordOwnership.ownedBy(strategy.details().ownerOrganisationId());
	}

	static boolean isLead(StaffActor actor, Action action) {
		return action.details().leadUserId() != null && action.details().leadUserId() == actor.userId();
	}

	static boolean mayRead(StaffActor actor, Strategy strategy, Action action) {
		return RecordAccess.may(actor, READ, ownership(strategy)) || (action != null && isLead(actor, action));
	}

	static boolean mayChange(StaffActor actor, Strategy strategy) {
		return RecordAccess.may(actor, CHANGE, ownership(strategy));
	}

	static boolean mayWriteUpdate(StaffActor actor, Strategy strategy, Action action) {
		return isLead(actor, action) || RecordAccess.may(actor, UPDATE, ownership(strategy));
	}

}

package org.safercommunities.centres;

import org.safercommunities.shared.Role;
import org.safercommunities.shared.StaffActor;
import org.springframework.security.access.AccessDeniedException;

/**
 * Record-level rules (DESIGN section 1). The coordinator manages centres; the Community Safety Team (officers)
 * sees every centre and every return and may type in a return from a paper form; a centre worker sees and sends
 * only their own centre's returns. Refusals say why.
 */
final class CentreAccess {

	private CentreAccess() {
	}

	static boolean managesCentres(StaffActor actor) {
		return actor.hasAnyRole(Role.COORDINATOR, Role.ADMIN);
	}

	static boolean seesAllReturns(StaffActor actor) {
		return actor.hasAnyRole(Role.OFFICER, Role.COORDINATOR, Role.ADMIN);
	}

	static void checkCanViewReturnsOf(StaffActor actor, long centreOrganisationId) {
		if (seesAllReturns(actor) || (actor.hasRole(Role.CENTRE_WORKER) && actor.belongsTo(centreOrganisationId))) {
			return;
		}
		throw new AccessDeniedException("A " + actor.roles() + " user of organisation " + actor.organisationId()
				+ " may not see the returns of centre " + centreOrganisationId);
	}

	static void checkCanSubmitFor(StaffActor actor, long centreOrganisationId) {
		if (actor.hasRole(Role.OFFICER) || (actor.hasRole(Role.CENTRE_WORKER) && actor.belongsTo(centreOrganisationId))) {
			return;
		}
		throw new AccessDeniedException("A " + actor.roles() + " user of organisation " + actor.organisationId()
				+ " may not send or correct the returns of centre " + centreOrganisationId);
	}

}

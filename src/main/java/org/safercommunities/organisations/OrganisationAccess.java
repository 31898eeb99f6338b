package org.safercommunities.organisations;

import org.safercommunities.shared.Role;
import org.safercommunities.shared.StaffActor;
import org.springframework.security.access.AccessDeniedException;

/**
 * Record-level rule for organisation records: partnership-wide roles see every organisation; a centre worker
 * or a partner sees only their own. The refusal says why, for the audit log and the tests.
 */
final class OrganisationAccess {

	private OrganisationAccess() {
	}

	static void checkCanView(StaffActor actor, long organisationId) {
		if (actor.belongsTo(organisationId)) {
			return;
		}
		if (actor.hasAnyRole(Role.ADMIN, Role.OFFICER, Role.COORDINATOR, Role.POLICE, Role.ANALYST, Role.BOARD)) {
			return;
		}
		throw new AccessDeniedException("A " + actor.roles() + " user may only view their own organisation");
	}

}

package org.safercommunities.organisations;

import org.safercommunities.shared.RecordAccess;
import org.safercommunities.shared.RecordOwnership;
import org.safercommunities.shared.RecordRule;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.StaffActor;

/**
 * Record-level rule for organisation records, for {@link RecordAccess}: partnership-wide roles see every
 * organisation; every staff member sees their own (an organisation owns its own record).
 */
final class OrganisationAccess {

	static final RecordRule VIEW = RecordRule.forRecords("organisation")
		.everyRecord(Role.ADMIN, Role.OFFICER, Role.COORDINATOR, Role.POLICE, Role.ANALYST, Role.BOARD)
		.ownOrganisation(Role.values());

	private OrganisationAccess() {
	}

	static void checkCanView(StaffActor actor, long organisationId) {
		RecordAccess.require(actor, VIEW, RecordOwnership.ownedBy(organisationId), organisationId);
	}

}

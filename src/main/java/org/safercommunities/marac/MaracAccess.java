package org.safercommunities.marac;

import java.util.Collection;

import org.safercommunities.shared.RecordOwnership;
import org.safercommunities.shared.RecordRule;
import org.safercommunities.shared.Role;

/**
 * Who reaches a MARAC referral, its notes and its actions: "MARAC members" are the referring organisation and the
 * organisations that attended a meeting where the case was heard (a members-only record); an organisation on the
 * perpetrator's side of the case never does, whatever its role, its shares of the case or its attendance.
 */
final class MaracAccess {

	static final RecordRule REFERRAL = RecordRule.forRecords("marac_referral")
		.ownOrganisation(Role.OFFICER, Role.POLICE, Role.PARTNER)
		.sharedWithThem(Role.OFFICER, Role.POLICE, Role.PARTNER)
		.hidingExistence();

	private MaracAccess() {
	}

	static RecordOwnership ownership(long referringOrganisation, Collection<Long> members, Collection<Long> excluded) {
		RecordOwnership ownership = RecordOwnership.ownedBy(referringOrganisation).membersOnly();
		for (long member : members) {
			ownership = ownership.sharedWith(member);
		}
		for (long other : excluded) {
			ownership = ownership.excluding(other);
		}
		return ownership;
	}

	/** Whether an organisation (a recipient of the minutes) is a member of the referral, and not excluded. */
	static boolean reaches(RecordOwnership ownership, long organisation) {
		return !ownership.excludedOrganisations().contains(organisation)
				&& ((ownership.owningOrganisation() != null && ownership.owningOrganisation() == organisation)
						|| ownership.sharedWithOrganisations().contains(organisation));
	}

}

package org.safercommunities.people;

import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.RecordAccess;
import org.safercommunities.shared.RecordOwnership;
import org.safercommunities.shared.RecordRule;
import org.safercommunities.shared.Role;

/**
 * Record-level rule of this module's own pages (DESIGN section 1): the Community Safety Team (officers) reaches
 * every person. A person belongs to no organisation; other modules' pages that name a person apply their own
 * record's rule (a case's, a referral's) before asking {@link People}.
 */
final class PersonAccess {

	static final RecordRule PEOPLE_PAGES = RecordRule.forRecords("person").everyRecord(Role.OFFICER);

	private PersonAccess() {
	}

	static void checkCanOpen(long personId) {
		RecordAccess.require(CurrentActor.require(), PEOPLE_PAGES, RecordOwnership.ownedBy(null), personId);
	}

}

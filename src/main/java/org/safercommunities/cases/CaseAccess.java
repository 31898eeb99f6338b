package org.safercommunities.cases;

import org.safercommunities.cases.CaseCodes.ShareLevel;
import org.safercommunities.shared.RecordAccess;
import org.safercommunities.shared.RecordOwnership;
import org.safercommunities.shared.RecordRule;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.StaffActor;

/**
 * Who may see and change a case: one rule for the page, the list, the search and the export (issue 12: "one
 * permission rule, everywhere"). The owning organisation's officers, police and partners see the whole case; an
 * organisation it is shared with whole sees it read only; one it is shared with locked sees only the parties'
 * names and the agencies involved. Only the owning organisation's officers and police change it. Analysts and the
 * board see counts, never cases. Every refusal answers 404, so nobody learns that a case they may not see exists.
 */
public final class CaseAccess {

	/** The whole case: its owning organisation, and organisations it is shared with whole. */
	public static final RecordRule VIEW = RecordRule.forRecords("case_file")
		.ownOrganisation(Role.OFFICER, Role.POLICE, Role.PARTNER)
		.sharedWithThem(Role.OFFICER, Role.POLICE, Role.PARTNER)
		.hidingExistence();

	/** The parties' names and the agencies involved: as {@link #VIEW}, and organisations with a locked share too. */
	public static final RecordRule LOCKED_VIEW = RecordRule.forRecords("case_file")
		.ownOrganisation(Role.OFFICER, Role.POLICE, Role.PARTNER)
		.sharedWithThem(Role.OFFICER, Role.POLICE, Role.PARTNER)
		.hidingExistence();

	/** Changing the case (status, notes, parties, shares, closing): the owning organisation's officers and police. */
	public static final RecordRule WORK = RecordRule.forRecords("case_file")
		.ownOrganisation(Role.OFFICER, Role.POLICE)
		.hidingExistence();

	/** Opening a case: officers and police, for their own organisation. */
	static final RecordRule OPEN = WORK;

	private CaseAccess() {
	}

	/** The case as {@link #VIEW} judges it: owned by its organisation, shared with those it is shared with whole. */
	public static RecordOwnership ownershipOf(CaseFile file) {
		RecordOwnership ownership = RecordOwnership.ownedBy(file.getOwningOrganisationId());
		for (CaseShare share : file.getShares()) {
			if (share.getLevel() == ShareLevel.WHOLE) {
				ownership = ownership.sharedWith(share.getOrganisationId());
			}
		}
		return ownership;
	}

	/** The case as {@link #LOCKED_VIEW} judges it: shared with every organisation it is shared with, whole or locked. */
	public static RecordOwnership lockedOwnershipOf(CaseFile file) {
		RecordOwnership ownership = RecordOwnership.ownedBy(file.getOwningOrganisationId());
		for (CaseShare share : file.getShares()) {
			ownership = ownership.sharedWith(share.getOrganisationId());
		}
		return ownership;
	}

	/**
	 * The ownership a rule judges: the locked variant for {@link #LOCKED_VIEW} (told apart by identity, as it holds
	 * the same roles as {@link #VIEW}), else the whole shares only.
	 */
	static RecordOwnership ownershipFor(RecordRule rule, CaseFile file) {
		return rule == LOCKED_VIEW ? lockedOwnershipOf(file) : ownershipOf(file);
	}

	public static boolean may(StaffActor actor, RecordRule rule, CaseFile file) {
		return RecordAccess.may(actor, rule, ownershipFor(rule, file));
	}

	/** Whether this person sees the whole case (else, at most, its locked page). */
	public static boolean seesWholeCase(StaffActor actor, CaseFile file) {
		return may(actor, VIEW, file);
	}

}

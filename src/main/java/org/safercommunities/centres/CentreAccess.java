package org.safercommunities.centres;

import org.safercommunities.shared.RecordAccess;
import org.safercommunities.shared.RecordOwnership;
import org.safercommunities.shared.RecordRule;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.StaffActor;

/**
 * Record-level rules (DESIGN section 1), for {@link RecordAccess}. The coordinator manages centres (the
 * administrator, who keeps users and organisations, has no part in centres); the Community
 * Safety Team (officers) sees every centre and every return and may type in a return from a paper form; a centre
 * worker sees and sends only their own centre's returns. A return belongs to its centre's organisation.
 */
final class CentreAccess {

	/** Changing a centre: its details, training, safeguarding and status. */
	static final RecordRule MANAGE = RecordRule.forRecords("centre").everyRecord(Role.COORDINATOR);

	/** Seeing a centre's returns (its months, the figures a return is pre-filled with). */
	static final RecordRule SEE_RETURNS = RecordRule.forRecords("centre")
		.everyRecord(Role.OFFICER, Role.COORDINATOR)
		.ownOrganisation(Role.CENTRE_WORKER);

	/** Sending or correcting a centre's returns. */
	static final RecordRule SEND_RETURNS = RecordRule.forRecords("centre")
		.everyRecord(Role.OFFICER)
		.ownOrganisation(Role.CENTRE_WORKER);

	private CentreAccess() {
	}

	static boolean managesCentres(StaffActor actor) {
		return RecordAccess.visibility(actor, MANAGE).everyRecord();
	}

	static boolean seesAllReturns(StaffActor actor) {
		return RecordAccess.visibility(actor, SEE_RETURNS).everyRecord();
	}

	/** Whether this person sends returns for any centre they name, rather than for their own centre only. */
	static boolean sendsForEveryCentre(StaffActor actor) {
		return RecordAccess.visibility(actor, SEND_RETURNS).everyRecord();
	}

	static void checkCanViewReturnsOf(StaffActor actor, long centreOrganisationId) {
		RecordAccess.require(actor, SEE_RETURNS, RecordOwnership.ownedBy(centreOrganisationId), centreOrganisationId);
	}

	static void checkCanSubmitFor(StaffActor actor, long centreOrganisationId) {
		RecordAccess.require(actor, SEND_RETURNS, RecordOwnership.ownedBy(centreOrganisationId), centreOrganisationId);
	}

	static void checkCanView(StaffActor actor, CentreReturn sent) {
		RecordAccess.require(actor, SEE_RETURNS.about("centre_return"), RecordOwnership.ownedBy(sent.getOrganisationId()),
				sent.getId());
	}

	static void checkCanCorrect(StaffActor actor, CentreReturn sent) {
		RecordAccess.require(actor, SEND_RETURNS.about("centre_return"),
				RecordOwnership.ownedBy(sent.getOrganisationId()), sent.getId());
	}

	static boolean mayCorrect(StaffActor actor, CentreReturn sent) {
		return RecordAccess.may(actor, SEND_RETURNS, RecordOwnership.ownedBy(sent.getOrganisationId()));
	}

}

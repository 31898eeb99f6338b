package org.safercommunities.referrals;

import org.safercommunities.shared.RecordAccess;
import org.safercommunities.shared.RecordOwnership;
import org.safercommunities.shared.RecordRule;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.StaffActor;

/**
 * Who may see and answer a referral, by the one rule (shared.RecordAccess): the sending organisation's officers and
 * police see what they sent; the receiving organisation's partners and officers see what was sent to them, and
 * only that (the referral's own copy, never the case). Only the receiver answers it (accept, decline, contact,
 * complete); only the sender records a withdrawal of consent. Refusals answer 404, so nobody learns that a
 * referral to another organisation exists.
 */
public final class ReferralAccess {

	/** Reading a referral: the sender, and the organisation it was sent to. */
	public static final RecordRule VIEW = RecordRule.forRecords("referral")
		.ownOrganisation(Role.OFFICER, Role.POLICE)
		.sharedWithThem(Role.OFFICER, Role.POLICE, Role.PARTNER)
		.hidingExistence();

	/** Answering a referral: the receiving organisation's partners, officers and police. */
	public static final RecordRule ANSWER = RecordRule.forRecords("referral")
		.ownOrganisation(Role.OFFICER, Role.POLICE, Role.PARTNER)
		.hidingExistence();

	/** The sender's own steps (a withdrawal of consent): the sending organisation's officers and police. */
	public static final RecordRule SENDER = RecordRule.forRecords("referral")
		.ownOrganisation(Role.OFFICER, Role.POLICE)
		.hidingExistence();

	private ReferralAccess() {
	}

	static RecordOwnership ownershipFor(RecordRule rule, Referral referral) {
		if (rule == ANSWER) {
			return RecordOwnership.ownedBy(referral.getReceivingOrganisationId());
		}
		RecordOwnership sent = RecordOwnership.ownedBy(referral.getSendingOrganisationId());
		return rule == SENDER ? sent : sent.sharedWith(referral.getReceivingOrganisationId());
	}

	/** Whether the person sends referrals for their organisation (officers and police), as well as receiving them. */
	public static boolean sends(StaffActor actor) {
		return SENDER.ownOrganisation().stream().anyMatch(actor::hasRole);
	}

	public static boolean may(StaffActor actor, RecordRule rule, Referral referral) {
		return RecordAccess.may(actor, rule, ownershipFor(rule, referral));
	}

	static void require(StaffActor actor, RecordRule rule, Referral referral) {
		RecordAccess.require(actor, rule, ownershipFor(rule, referral), referral.getId());
	}

}

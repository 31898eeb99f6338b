package org.safercommunities.marac;

import java.util.List;
import java.util.Set;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.shared.RecordOwnership;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes of a meeting as one recipient organisation may receive them: every case heard is listed (so the
 * numbers add up), but the case, its criteria, notes, decision reason and actions are shown only where the
 * recipient is a MARAC member of that referral and not on the perpetrator's side ({@link MaracAccess}); elsewhere
 * the item says it is redacted.
 */
@Component
@Transactional
class MaracMinutes {

	private final MaracMeetings meetings;

	private final MaracReferrals referrals;

	private final Organisations organisations;

	private final AuditTrail audit;

	MaracMinutes(MaracMeetings meetings, MaracReferrals referrals, Organisations organisations, AuditTrail audit) {
		this.meetings = meetings;
		this.referrals = referrals;
		this.organisations = organisations;
		this.audit = audit;
	}

	Minutes forRecipient(long meetingId, long recipientOrganisation) {
		MaracMeetings.Meeting meeting = meetings.meeting(meetingId).orElseThrow();
		List<String> attendees = meetings.attendees(meetingId).stream().map(this::name).toList();
		List<Item> items = meetings.hearings(meetingId).stream().map(hearing -> {
			RecordOwnership ownership = referrals.ownership(hearing.referralId());
			if (!MaracAccess.reaches(ownership, recipientOrganisation)) {
				return Item.redacted(hearing.kind(), hearing.decision());
			}
			MaracReferrals.Referral referral = referrals.find(hearing.referralId()).orElseThrow();
			List<ActionLine> actions = meetings.actions(meetingId, hearing.referralId()).stream()
				.map(action -> new ActionLine(action.description(), name(action.ownerOrganisation()), action.dueOn(),
						action.doneOn(), action.carriedOver(), action.agreedAt()))
				.toList();
			return new Item(false, referral.caseReference(), hearing.kind(), referral.criteria(),
					meetings.decrypt(hearing.notesEncrypted()), hearing.decision(),
					meetings.decrypt(hearing.decisionReasonEncrypted()), actions);
		}).toList();
		audit.record("MARAC_MINUTES", "marac_meeting", meetingId, "Minutes for organisation " + recipientOrganisation);
		return new Minutes(meeting, name(recipientOrganisation), attendees, items);
	}

	private String name(long organisation) {
		return organisations.find(organisation).map(Organisation::getName).orElse(String.valueOf(organisation));
	}

	record Minutes(MaracMeetings.Meeting meeting, String recipient, List<String> attendees, List<Item> items) {
	}

	record Item(boolean redacted, String caseReference, MaracMeetings.Kind kind, Set<Criterion> criteria, String notes,
			MaracMeetings.Decision decision, String decisionReason, List<ActionLine> actions) {

		static Item redacted(MaracMeetings.Kind kind, MaracMeetings.Decision decision) {
			return new Item(true, null, kind, Set.of(), null, decision, null, List.of());
		}

	}

	record ActionLine(String description, String owner, java.time.LocalDate dueOn, java.time.LocalDate doneOn,
			boolean carriedOver, java.time.LocalDate agreedAt) {
	}

}

package org.safercommunities.marac;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.crypto.EncryptedColumn;
import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.shared.IndicatorCountsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CS MARAC meetings: the schedule, the organisations present, the cases heard (a case's first hearing is new, later
 * ones review), discussion notes, actions with an owner organisation and due date, and the decision per case (keep
 * under review, or close with a reason). An action not done by the next meeting is carried over to it, flagged.
 */
@Service
@Transactional
class MaracMeetings implements EncryptedColumn.Source {

	/** The columns this class keeps ciphertext in, for key rotation. */
	@Override
	public java.util.List<EncryptedColumn> encryptedColumns() {
		return java.util.List.of(EncryptedColumn.text("marac_hearing", "notes_encrypted"),
				EncryptedColumn.text("marac_hearing", "decision_reason_encrypted"),
				EncryptedColumn.text("marac_action", "description_encrypted"));
	}


	private final JdbcClient jdbc;

	private final FieldEncryption encryption;

	private final AuditTrail audit;

	private final MaracSettings settings;

	private final ApplicationEventPublisher events;

	MaracMeetings(JdbcClient jdbc, FieldEncryption encryption, AuditTrail audit, MaracSettings settings,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.encryption = encryption;
		this.audit = audit;
		this.settings = settings;
		this.events = events;
	}

	/** The next {@code count} meeting dates from {@code first}, at the configured interval. */
	List<LocalDate> schedule(LocalDate first, int count) {
		List<LocalDate> dates = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			dates.add(first.plus(settings.interval().multipliedBy(i)));
		}
		return dates;
	}

	long hold(LocalDate heldOn, String chair, Collection<Long> attendingOrganisations) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into marac_meeting (held_on, chair) values (?, ?)").params(heldOn, chair).update(keys, "id");
		long id = keys.getKey().longValue();
		for (long organisation : attendingOrganisations) {
			jdbc.sql("insert into marac_attendee (meeting_id, organisation_id) values (?, ?)").params(id, organisation)
				.update();
		}
		audit.record("MARAC_MEETING", "marac_meeting", id, "Meeting " + heldOn);
		return id;
	}

	/** Adds meetings to the schedule; who chairs and attends each is recorded later ({@link #attend}). */
	List<Long> scheduleMeetings(Collection<LocalDate> dates) {
		List<Long> ids = new ArrayList<>();
		for (LocalDate heldOn : dates) {
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("insert into marac_meeting (held_on) values (?)").param(heldOn).update(keys, "id");
			long id = keys.getKey().longValue();
			audit.record("MARAC_MEETING", "marac_meeting", id, "Scheduled " + heldOn);
			ids.add(id);
		}
		return ids;
	}

	/** The first date after the last meeting held or scheduled, or {@code today} when there is none. */
	LocalDate nextDate(LocalDate today) {
		LocalDate last = jdbc.sql("select max(held_on) from marac_meeting").query(LocalDate.class).optional().orElse(null);
		return last == null ? today : last.plus(settings.interval());
	}

	/** Records the chair and the organisations present, replacing what was recorded before. */
	void attend(long meetingId, String chair, Collection<Long> attendingOrganisations) {
		jdbc.sql("update marac_meeting set chair = ? where id = ?").params(chair.strip(), meetingId).update();
		jdbc.sql("delete from marac_attendee where meeting_id = ?").param(meetingId).update();
		for (long organisation : attendingOrganisations) {
			jdbc.sql("insert into marac_attendee (meeting_id, organisation_id) values (?, ?)").params(meetingId,
					organisation).update();
		}
		audit.record("MARAC_ATTENDANCE", "marac_meeting", meetingId, "Chair and " + attendingOrganisations.size()
				+ " organisations");
	}

	/** Puts a case on the meeting's agenda: new at its first meeting, review after. */
	long hear(long meetingId, long referralId) {
		LocalDate heldOn = meeting(meetingId).orElseThrow().heldOn();
		boolean heardBefore = jdbc.sql("""
				select count(*) from marac_hearing h join marac_meeting m on m.id = h.meeting_id
				where h.referral_id = ? and m.held_on < ?""")
			.params(referralId, heldOn).query(Long.class).single() > 0;
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into marac_hearing (meeting_id, referral_id, kind) values (?, ?, ?)")
			.params(meetingId, referralId, heardBefore ? Kind.REVIEW.name() : Kind.NEW.name())
			.update(keys, "id");
		changed(heldOn);
		return keys.getKey().longValue();
	}

	void note(long hearingId, String notes) {
		jdbc.sql("update marac_hearing set notes_encrypted = ? where id = ?").params(encryption.encrypt(notes.strip()),
				hearingId).update();
		audit.record("MARAC_NOTES", "marac_hearing", hearingId, "Discussion notes");
	}

	/** Keep under review, or close (with the reason); closing closes the referral as of the meeting. */
	void decide(long hearingId, Decision decision, String reason) {
		Hearing hearing = hearing(hearingId).orElseThrow();
		LocalDate heldOn = meeting(hearing.meetingId()).orElseThrow().heldOn();
		jdbc.sql("update marac_hearing set decision = ?, decision_reason_encrypted = ? where id = ?")
			.params(decision.name(), reason == null || reason.isBlank() ? null : encryption.encrypt(reason.strip()),
					hearingId)
			.update();
		jdbc.sql("update marac_referral set closed_on = ? where id = ?")
			.params(decision == Decision.CLOSE ? heldOn : null, hearing.referralId()).update();
		audit.record("MARAC_DECISION", "marac_hearing", hearingId, decision.name());
		changed(heldOn);
	}

	long addAction(long meetingId, long referralId, String description, long ownerOrganisation, LocalDate dueOn) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into marac_action (referral_id, meeting_id, description_encrypted, owner_organisation_id, due_on)
				values (?, ?, ?, ?, ?)""")
			.params(referralId, meetingId, encryption.encrypt(description.strip()), ownerOrganisation, dueOn)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record("MARAC_ACTION", "marac_referral", referralId, "Action " + id + " for organisation " + ownerOrganisation);
		return id;
	}

	void actionDone(long actionId, LocalDate on) {
		jdbc.sql("update marac_action set done_on = ? where id = ?").params(on, actionId).update();
		audit.record("MARAC_ACTION_DONE", "marac_action", actionId, "Done " + on);
	}

	/** The referral an action belongs to, to check who may mark it done. */
	Optional<Long> referralOfAction(long actionId) {
		return jdbc.sql("select referral_id from marac_action where id = ?").param(actionId).query(Long.class).optional();
	}

	Optional<Meeting> meeting(long id) {
		return jdbc.sql("select id, held_on, chair from marac_meeting where id = ?").param(id)
			.query((rs, row) -> new Meeting(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
			.optional();
	}

	List<Meeting> meetings() {
		return jdbc.sql("select id, held_on, chair from marac_meeting order by held_on desc, id desc")
			.query((rs, row) -> new Meeting(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
			.list();
	}

	List<Long> attendees(long meetingId) {
		return jdbc.sql("select organisation_id from marac_attendee where meeting_id = ? order by organisation_id")
			.param(meetingId).query(Long.class).list();
	}

	Optional<Hearing> hearing(long id) {
		return jdbc.sql("select " + Hearing.COLUMNS + " from marac_hearing where id = ?").param(id)
			.query(MaracMeetings::hearingRow).optional();
	}

	List<Hearing> hearings(long meetingId) {
		return jdbc.sql("select " + Hearing.COLUMNS + " from marac_hearing where meeting_id = ? order by kind, id")
			.param(meetingId).query(MaracMeetings::hearingRow).list();
	}

	/**
	 * The referral's actions as the meeting sees them: those agreed at it, and those agreed earlier and not done by
	 * its date, which are carried over (flagged, with the meeting they came from).
	 */
	List<Action> actions(long meetingId, long referralId) {
		LocalDate heldOn = meeting(meetingId).orElseThrow().heldOn();
		return jdbc.sql("""
				select a.id, a.meeting_id, a.description_encrypted, a.owner_organisation_id, a.due_on, a.done_on, m.held_on
				from marac_action a join marac_meeting m on m.id = a.meeting_id
				where a.referral_id = ? and (a.meeting_id = ? or (m.held_on < ? and (a.done_on is null or a.done_on > ?)))
				order by m.held_on, a.id""")
			.params(referralId, meetingId, heldOn, heldOn)
			.query((rs, row) -> new Action(rs.getLong(1), rs.getLong(2), encryption.decrypt(rs.getString(3)),
					rs.getLong(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
					rs.getLong(2) != meetingId, rs.getObject(7, LocalDate.class)))
			.list();
	}

	/** The meetings where a referral was heard, in date order. */
	List<HeardAt> hearingsOf(long referralId) {
		return jdbc.sql("""
				select h.id, h.meeting_id, m.held_on, h.kind, h.decision from marac_hearing h
				join marac_meeting m on m.id = h.meeting_id where h.referral_id = ? order by m.held_on, h.id""")
			.param(referralId)
			.query((rs, row) -> new HeardAt(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
					Kind.valueOf(rs.getString(4)), rs.getString(5) == null ? null : Decision.valueOf(rs.getString(5))))
			.list();
	}

	/** Meetings on or after {@code from}, soonest first. */
	List<Meeting> upcoming(LocalDate from) {
		return jdbc.sql("select id, held_on, chair from marac_meeting where held_on >= ? order by held_on, id").param(from)
			.query((rs, row) -> new Meeting(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
			.list();
	}

	String decrypt(String encrypted) {
		return encrypted == null ? null : encryption.decrypt(encrypted);
	}

	private void changed(LocalDate heldOn) {
		events.publishEvent(IndicatorCountsChanged.of(MaracCounts.SOURCE, java.time.YearMonth.from(heldOn)));
	}

	private static Hearing hearingRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		String decision = rs.getString(6);
		return new Hearing(rs.getLong(1), rs.getLong(2), rs.getLong(3), Kind.valueOf(rs.getString(4)), rs.getString(5),
				decision == null ? null : Decision.valueOf(decision), rs.getString(7));
	}

	enum Kind {

		NEW, REVIEW;

		public String messageKey() {
			return "marac.kind." + name();
		}

	}

	enum Decision {

		KEEP, CLOSE;

		public String messageKey() {
			return "marac.decision." + name();
		}

	}

	record Meeting(long id, LocalDate heldOn, String chair) {
	}

	record HeardAt(long hearingId, long meetingId, LocalDate heldOn, Kind kind, Decision decision) {
	}

	record Hearing(long id, long meetingId, long referralId, Kind kind, String notesEncrypted, Decision decision,
			String decisionReasonEncrypted) {

		static final String COLUMNS = "id, meeting_id, referral_id, kind, notes_encrypted, decision, decision_reason_encrypted";

	}

	/** @param carriedOver agreed at an earlier meeting ({@code agreedAt}) and not done by this one */
	record Action(long id, long meetingId, String description, long ownerOrganisation, LocalDate dueOn,
			LocalDate doneOn, boolean carriedOver, LocalDate agreedAt) {
	}

}

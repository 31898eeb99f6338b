package org.safercommunities.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.StaffActor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit module's API. Every module calls it when personal data is read or changed, and for security
 * events. An entry joins the caller's transaction, so a change and its audit entry are saved together or not at
 * all, and one request never needs a second database connection (which deadlocked the pool under load: see
 * bench/README.md). Each entry is chained to the one before by hash.
 */
@Service
public class AuditTrail {

	/** Actor name used when a member of the public acts without an account. No identity is ever recorded. */
	public static final String PUBLIC = "public";

	/** Actor name used for the system's own scheduled or start-up work. */
	public static final String SYSTEM = "system";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Clock clock;

	private final AuditKey key;

	AuditTrail(JdbcClient jdbc, JdbcTemplate batch, Clock clock, AuditKey key) {
		this.key = key;
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
	}

	/** Records an action by whoever is signed in (or "system" when nobody is). */
	@Transactional
	public void record(String action, String recordType, Object recordId, String reason) {
		AuditActor actor = CurrentActor.find().map(AuditActor::of).orElse(AuditActor.system());
		append(actor, action, recordType, recordId, reason);
	}

	/** Records an action for an actor who is not (yet) in the security context, such as a failed sign-in. */
	@Transactional
	public void append(AuditActor actor, String action, String recordType, Object recordId, String reason) {
		String head = jdbc.sql("select last_hash from audit_chain_head where id = 1 for update")
			.query(String.class)
			.single();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		AuditEntry entry = new AuditEntry(null, now, actor.userId(), actor.name(), actor.organisationId(), action,
				recordType, recordId == null ? null : String.valueOf(recordId), truncate(reason), head, null);
		String hash = key.hash(entry);
		jdbc.sql("""
				insert into audit_entry (occurred_at, actor_user_id, actor_name, actor_organisation_id, action,
				  record_type, record_id, reason, previous_hash, entry_hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(java.sql.Timestamp.from(now), entry.actorUserId(), entry.actorName(), entry.actorOrganisationId(),
					action, recordType, entry.recordId(), entry.reason(), head, hash)
			.update();
		jdbc.sql("update audit_chain_head set last_hash = ? where id = 1").param(hash).update();
		markRequest();
	}

	/**
	 * Records the same action on several records (a list that reads fifty people) as one entry per record, chained
	 * as {@link #record} would chain them, in three statements rather than three per record.
	 */
	@Transactional
	public void recordEach(String action, String recordType, Collection<?> recordIds, String reason) {
		if (recordIds.isEmpty()) {
			return;
		}
		AuditActor actor = CurrentActor.find().map(AuditActor::of).orElse(AuditActor.system());
		String head = jdbc.sql("select last_hash from audit_chain_head where id = 1 for update")
			.query(String.class)
			.single();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		List<Object[]> rows = new ArrayList<>();
		for (Object recordId : recordIds) {
			AuditEntry entry = new AuditEntry(null, now, actor.userId(), actor.name(), actor.organisationId(), action,
					recordType, recordId == null ? null : String.valueOf(recordId), truncate(reason), head, null);
			String hash = key.hash(entry);
			rows.add(new Object[] { java.sql.Timestamp.from(now), entry.actorUserId(), entry.actorName(),
					entry.actorOrganisationId(), action, recordType, entry.recordId(), entry.reason(), head, hash });
			head = hash;
		}
		batch.batchUpdate("""
				insert into audit_entry (occurred_at, actor_user_id, actor_name, actor_organisation_id, action,
				  record_type, record_id, reason, previous_hash, entry_hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		jdbc.sql("update audit_chain_head set last_hash = ? where id = 1").param(head).update();
		markRequest();
	}

	/** Tells {@link PersonalDataReadAudit} that this request was audited (nothing outside a web request). */
	private static void markRequest() {
		org.springframework.web.context.request.RequestAttributes request =
				org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(PersonalDataReadAudit.WRITTEN, Boolean.TRUE,
					org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
		}
	}

	private static String truncate(String reason) {
		return reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
	}

	/** Who did it, as the audit log keeps it. */
	public record AuditActor(Long userId, String name, Long organisationId) {

		public static AuditActor of(StaffActor actor) {
			return new AuditActor(actor.userId(), actor.username(), actor.organisationId());
		}

		public static AuditActor system() {
			return new AuditActor(null, SYSTEM, null);
		}

		public static AuditActor publicUser() {
			return new AuditActor(null, PUBLIC, null);
		}

	}

}

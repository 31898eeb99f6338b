package org.safercommunities.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.safercommunities.shared.UkTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Reading the audit log: the administrators' search and the integrity check. There is deliberately no
 * update or delete anywhere in this module, and the database refuses them too.
 */
@Service
@Transactional(readOnly = true)
public class AuditLogQueries {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ZoneId zone = UkTime.ZONE;

	private final AuditKey key;

	AuditLogQueries(JdbcClient jdbc, AuditTrail audit, AuditKey key) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.key = key;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional // not read-only: the search itself is audited
	public Page search(AuditSearch search) {
		List<String> conditions = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		if (StringUtils.hasText(search.actor())) {
			conditions.add("lower(actor_name) like ?");
			params.add("%" + search.actor().strip().toLowerCase() + "%");
		}
		addEquals(conditions, params, "action", search.action());
		addEquals(conditions, params, "record_type", search.recordType());
		addEquals(conditions, params, "record_id", search.recordId());
		if (search.from() != null) {
			conditions.add("occurred_at >= ?");
			params.add(Timestamp.from(search.from().atStartOfDay(zone).toInstant()));
		}
		if (search.to() != null) {
			conditions.add("occurred_at < ?");
			params.add(Timestamp.from(search.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
		int offset = (search.pageNumber() - 1) * AuditSearch.PAGE_SIZE;
		List<AuditEntry> entries = jdbc
			.sql("select * from audit_entry" + where + " order by id desc limit " + AuditSearch.PAGE_SIZE
					+ " offset " + offset)
			.params(params)
			.query(AuditLogQueries::entry)
			.list();
		audit.record("AUDIT_LOG_SEARCHED", "audit_entry", null, "Administrator searched the audit log");
		return new Page(entries, total, search.pageNumber(),
				(int) Math.max(1, (total + AuditSearch.PAGE_SIZE - 1) / AuditSearch.PAGE_SIZE));
	}

	/**
	 * Everything the log says about one record, oldest first: who read or changed it, when, and who was refused. This
	 * is what an officer answering a complaint ("who has looked at my file?") exports. Exporting it is audited.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional // not read-only: the export itself is audited
	public List<AuditEntry> recordHistory(String recordType, String recordId) {
		List<AuditEntry> entries = jdbc
			.sql("select * from audit_entry where record_type = ? and record_id = ? order by id")
			.params(recordType, recordId)
			.query(AuditLogQueries::entry)
			.list();
		audit.record("AUDIT_RECORD_HISTORY_EXPORTED", recordType, recordId,
				"Administrator exported the access history of this record");
		return entries;
	}

	@PreAuthorize("hasRole('ADMIN')")
	public List<String> actions() {
		return jdbc.sql("select distinct action from audit_entry order by action").query(String.class).list();
	}

	/** Walks the whole chain, recomputing every hash. The first entry that does not fit is reported. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional // not read-only: the check itself is audited
	public Verification verify() {
		AuditChain chain = new AuditChain(key::hash);
		jdbc.sql("select * from audit_entry order by id").query((ResultSet rs) -> {
			chain.accept(entry(rs, 0));
		});
		String head = jdbc.sql("select last_hash from audit_chain_head where id = 1").query(String.class).single();
		Verification verification = chain.result(head);
		audit.record("AUDIT_LOG_VERIFIED", "audit_entry", null, verification.intact() ? "Chain intact" : "Chain broken");
		return verification;
	}

	private static void addEquals(List<String> conditions, List<Object> params, String column, String value) {
		if (StringUtils.hasText(value)) {
			conditions.add(column + " = ?");
			params.add(value.strip());
		}
	}

	static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
				(Long) rs.getObject("actor_user_id", Long.class), rs.getString("actor_name"),
				(Long) rs.getObject("actor_organisation_id", Long.class), rs.getString("action"),
				rs.getString("record_type"), rs.getString("record_id"), rs.getString("reason"),
				rs.getString("previous_hash"), rs.getString("entry_hash"));
	}

	public record Page(List<AuditEntry> entries, long total, int page, int pages) {
	}

	/** Result of the integrity check: how many entries, the first one that was altered or out of chain. */
	/** {@code unkeyedEntries}: the entries at the start written before the chain was keyed ({@link AuditHash}). */
	public record Verification(long entriesChecked, Long firstBrokenEntryId, boolean headMatches, long unkeyedEntries) {

		public boolean intact() {
			return firstBrokenEntryId == null && headMatches;
		}

	}

}

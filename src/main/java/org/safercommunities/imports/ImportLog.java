package org.safercommunities.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The police_import table and its rejections, with plain SQL. */
@Repository
class ImportLog {

	private static final String COLUMNS = """
			id, kind, file_name, sha256, force_code, force_name, import_month, status, rows_read, rows_imported,
			rows_rejected, message, started_at, finished_at, rows_before""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Clock clock;

	ImportLog(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.clock = clock;
	}

	long create(ImportKind kind, String fileName, String sha256, String forceCode, String forceName,
			LocalDate month, ImportStatus status, String message, Long startedBy) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into police_import (kind, file_name, sha256, force_code, force_name, import_month, status,
				  message, started_by, started_at, finished_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(kind.name(), truncate(fileName, 255), sha256, forceCode, truncate(forceName, 120), month,
					status.name(), truncate(message, 500), startedBy, now(), status.finished() ? now() : null)
			.update(key, "id");
		return key.getKey().longValue();
	}

	Optional<PoliceImport> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from police_import where id = ?").param(id).query(ImportLog::map)
			.optional();
	}

	List<PoliceImport> recent(int limit) {
		return jdbc.sql("select " + COLUMNS + " from police_import order by started_at desc, id desc limit ?")
			.param(limit)
			.query(ImportLog::map)
			.list();
	}

	/** A completed import of exactly this file for the same kind, force and month, if any. */
	Optional<Long> completedDuplicate(ImportKind kind, String forceCode, LocalDate month, String sha256) {
		return jdbc.sql("""
				select id from police_import where kind = ? and status = 'COMPLETED' and sha256 = ?
				  and coalesce(force_code, '') = coalesce(?, '')
				  and coalesce(import_month, date '1900-01-01') = coalesce(?, date '1900-01-01')
				order by id desc""")
			.params(kind.name(), sha256, forceCode, month)
			.query(Long.class)
			.list()
			.stream()
			.findFirst();
	}

	void markRunning(long id) {
		jdbc.sql("update police_import set status = 'RUNNING', started_at = ? where id = ?").params(now(), id).update();
	}

	void markCompleted(long id, int read, int imported, int rejected, int rowsBefore) {
		jdbc.sql("""
				update police_import set status = 'COMPLETED', rows_read = ?, rows_imported = ?, rows_rejected = ?,
				  rows_before = ?, message = null, finished_at = ? where id = ?""")
			.params(read, imported, rejected, rowsBefore, now(), id)
			.update();
	}

	/** Read, but not applied: waits for an analyst; the message says why. */
	void markHeld(long id, int read, int imported, int rejected, int rowsBefore, String message) {
		jdbc.sql("""
				update police_import set status = 'HELD', rows_read = ?, rows_imported = ?, rows_rejected = ?,
				  rows_before = ?, message = ?, finished_at = ? where id = ?""")
			.params(read, imported, rejected, rowsBefore, truncate(message, 500), now(), id)
			.update();
	}

	void markFailed(long id, String message) {
		jdbc.sql("update police_import set status = 'FAILED', message = ?, finished_at = ? where id = ?")
			.params(truncate(message, 500), now(), id)
			.update();
	}

	/** Failed after reading the file: the counts say what was read and rejected; nothing was stored. */
	void markFailed(long id, int read, int rejected, String message) {
		jdbc.sql("""
				update police_import set status = 'FAILED', rows_read = ?, rows_imported = 0, rows_rejected = ?,
				  message = ?, finished_at = ? where id = ?""")
			.params(read, rejected, truncate(message, 500), now(), id)
			.update();
	}

	void setStatus(long id, ImportStatus status) {
		jdbc.sql("update police_import set status = ? where id = ?").params(status.name(), id).update();
	}

	/** Imports marked REPLACED whose rows are the data again (after an undo). */
	void reinstate(java.util.Collection<Long> ids) {
		for (Long id : ids) {
			jdbc.sql("update police_import set status = 'COMPLETED' where id = ? and status = 'REPLACED'").param(id).update();
		}
	}

	/** Every import of the same police.uk force and month, newest first. */
	List<PoliceImport> ofMonth(ImportKind kind, String forceCode, LocalDate month) {
		return jdbc.sql("select " + COLUMNS + " from police_import " + """
				 where kind = ? and coalesce(force_code, '') = coalesce(?, '')
				  and import_month = ? order by id desc""")
			.params(kind.name(), forceCode, month)
			.query(ImportLog::map)
			.list();
	}

	List<PoliceImport> ofKind(ImportKind kind) {
		return jdbc.sql("select " + COLUMNS + " from police_import where kind = ? and status <> 'FAILED' order by id desc")
			.param(kind.name())
			.query(ImportLog::map)
			.list();
	}

	/** Held imports of the same data as {@code id}, discarded when it is applied; returns their ids. */
	List<Long> heldOfSameData(long id, ImportKind kind, String forceCode, LocalDate month) {
		return jdbc.sql("""
				select id from police_import where id <> ? and kind = ? and status = 'HELD'
				  and coalesce(force_code, '') = coalesce(?, '')
				  and coalesce(import_month, date '1900-01-01') = coalesce(?, date '1900-01-01')""")
			.params(id, kind.name(), forceCode, month)
			.query(Long.class)
			.list();
	}

	/**
	 * Earlier imports of the same data: completed ones whose rows are gone are replaced, unfinished ones were
	 * interrupted.
	 */
	void supersede(long id, ImportKind kind, String forceCode, LocalDate month) {
		if (kind == ImportKind.HATE_CRIME_COUNTS) {
			jdbc.sql("""
					update police_import set status = 'REPLACED' where id <> ? and kind = ? and status = 'COMPLETED'
					  and not exists (select 1 from hate_crime_count c where c.import_id = police_import.id)""")
				.params(id, kind.name())
				.update();
		}
		else {
			jdbc.sql("""
					update police_import set status = 'REPLACED' where id <> ? and kind = ? and status = 'COMPLETED'
					  and coalesce(force_code, '') = coalesce(?, '')
					  and coalesce(import_month, date '1900-01-01') = coalesce(?, date '1900-01-01')""")
				.params(id, kind.name(), forceCode, month)
				.update();
		}
		jdbc.sql("""
				update police_import set status = 'FAILED', message = 'imports.failed.interrupted', finished_at = ?
				where id < ? and kind = ? and status = 'RUNNING'
				  and coalesce(force_code, '') = coalesce(?, '')
				  and coalesce(import_month, date '1900-01-01') = coalesce(?, date '1900-01-01')""")
			.params(now(), id, kind.name(), forceCode, month)
			.update();
	}

	void addRejections(long importId, List<Rejection> rejections) {
		if (rejections.isEmpty()) {
			return;
		}
		template.batchUpdate("""
				insert into police_import_rejection (import_id, row_no, reason_code, reason_args, row_text)
				values (?, ?, ?, ?, ?)""", rejections, 1000, (ps, rejection) -> {
			ps.setLong(1, importId);
			ps.setInt(2, rejection.rowNumber());
			ps.setString(3, rejection.reasonCode());
			ps.setString(4, truncate(rejection.storedArgs(), 500));
			ps.setString(5, truncate(rejection.rowText(), 2000));
		});
	}

	void forEachRejection(long importId, Consumer<Rejection> consumer) {
		jdbc.sql("""
				select row_no, reason_code, reason_args, row_text from police_import_rejection
				where import_id = ? order by row_no""")
			.param(importId)
			.query(rs -> {
				consumer.accept(new Rejection(rs.getInt(1), rs.getString(2), Rejection.splitArgs(rs.getString(3)),
						rs.getString(4)));
			});
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
	}

	static String truncate(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}

	private static PoliceImport map(ResultSet rs, int row) throws SQLException {
		java.sql.Date month = rs.getDate("import_month");
		return new PoliceImport(rs.getLong("id"), ImportKind.valueOf(rs.getString("kind")), rs.getString("file_name"),
				rs.getString("sha256"), rs.getString("force_code"), rs.getString("force_name"),
				month == null ? null : month.toLocalDate(), ImportStatus.valueOf(rs.getString("status")),
				rs.getInt("rows_read"), rs.getInt("rows_imported"), rs.getInt("rows_rejected"), rs.getString("message"),
				instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("finished_at")),
				(Integer) rs.getObject("rows_before", Integer.class));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}

package org.safercommunities.retention;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Holds, runs and disposals (retention_*). */
@Repository
class RetentionStore {

	private final JdbcClient jdbc;

	RetentionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Hold(long id, String recordType, long recordId, String reason, OffsetDateTime placedAt) {
	}

	record Run(long id, OffsetDateTime startedAt, OffsetDateTime finishedAt, int disposed, int held, int failed) {

		/** When it started, in UK time, for the page. */
		public java.time.ZonedDateTime startedUk() {
			return startedAt.atZoneSameInstant(org.safercommunities.shared.UkTime.ZONE);
		}

	}

	List<Hold> activeHolds() {
		return jdbc.sql("select id, record_type, record_id, reason, placed_at from retention_hold where lifted_at is null "
				+ "order by placed_at desc, id desc")
			.query((rs, row) -> new Hold(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class)))
			.list();
	}

	Optional<Hold> activeHold(String recordType, long recordId) {
		return activeHolds().stream().filter(hold -> hold.recordType().equals(recordType) && hold.recordId() == recordId)
			.findFirst();
	}

	/** Of these ids, those under an active hold. */
	Set<Long> held(String recordType, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return jdbc.sql("select record_id from retention_hold where lifted_at is null and record_type = :type "
				+ "and record_id in (:ids)")
			.param("type", recordType)
			.param("ids", ids)
			.query(Long.class)
			.set()
			.stream()
			.collect(Collectors.toSet());
	}

	long placeHold(String recordType, long recordId, String reason, long userId, OffsetDateTime now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into retention_hold (record_type, record_id, reason, placed_by, placed_at) values (?, ?, ?, ?, ?)")
			.params(recordType, recordId, reason, userId, now)
			.update(key, "id");
		return key.getKey().longValue();
	}

	boolean liftHold(long id, long userId, OffsetDateTime now) {
		return jdbc.sql("update retention_hold set lifted_by = ?, lifted_at = ? where id = ? and lifted_at is null")
			.params(userId, now, id)
			.update() == 1;
	}

	long startRun(OffsetDateTime now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into retention_run (started_at) values (?)").param(now).update(key, "id");
		return key.getKey().longValue();
	}

	void finishRun(long id, int disposed, int held, int failed, OffsetDateTime now) {
		jdbc.sql("update retention_run set finished_at = ?, disposed = ?, held = ?, failed = ? where id = ?")
			.params(now, disposed, held, failed, id)
			.update();
	}

	void logDisposal(Long runId, String recordType, long recordId, RetainedRecords.Disposal disposal, String reason,
			Long userId, OffsetDateTime now) {
		jdbc.sql("insert into retention_disposal (run_id, record_type, record_id, disposal, reason, disposed_at, disposed_by) "
				+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(runId, recordType, recordId, disposal.name(), reason, now, userId)
			.update();
	}

	void logReview(String recordType, long recordId, String decision, String reason, java.time.LocalDate nextReview,
			long userId, OffsetDateTime now) {
		jdbc.sql("insert into retention_review (record_type, record_id, decision, reason, next_review_on, decided_by, decided_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(recordType, recordId, decision, reason, nextReview, userId, now)
			.update();
	}

	List<Run> lastRuns(int limit) {
		return jdbc.sql("select id, started_at, finished_at, disposed, held, failed from retention_run "
				+ "order by started_at desc, id desc")
			.query((rs, row) -> new Run(rs.getLong(1), rs.getObject(2, OffsetDateTime.class),
					rs.getObject(3, OffsetDateTime.class), rs.getInt(4), rs.getInt(5), rs.getInt(6)))
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

}

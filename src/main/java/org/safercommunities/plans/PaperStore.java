package org.safercommunities.plans;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Annual report drafts and the papers made in the background (plan_annual_report*, plan_paper_job). */
@Repository
class PaperStore {

	private final JdbcClient jdbc;

	PaperStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Integer> draftYears() {
		return jdbc.sql("select start_year from plan_annual_report order by start_year desc").query(Integer.class).list();
	}

	Optional<Long> draft(int startYear) {
		return jdbc.sql("select id from plan_annual_report where start_year = ?").param(startYear).query(Long.class)
			.optional();
	}

	long insertDraft(int startYear, long userId, OffsetDateTime now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into plan_annual_report (start_year, created_at, created_by) values (?, ?, ?)")
			.params(startYear, now, userId)
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** The narrative written in each section of a draft, by section key. */
	Map<String, String> narratives(long draftId) {
		Map<String, String> narratives = new LinkedHashMap<>();
		jdbc.sql("select section_key, narrative from plan_annual_report_section where report_id = ?").param(draftId)
			.query(rs -> {
				narratives.put(rs.getString(1), rs.getString(2));
			});
		return narratives;
	}

	void saveNarrative(long draftId, String sectionKey, String narrative, long userId, OffsetDateTime now) {
		int changed = jdbc.sql("update plan_annual_report_section set narrative = ?, updated_at = ?, updated_by = ? "
				+ "where report_id = ? and section_key = ?")
			.params(narrative, now, userId, draftId, sectionKey)
			.update();
		if (changed == 0) {
			jdbc.sql("insert into plan_annual_report_section (report_id, section_key, narrative, updated_at, updated_by) "
					+ "values (?, ?, ?, ?, ?)")
				.params(draftId, sectionKey, narrative, now, userId)
				.update();
		}
	}

	/** The case studies chosen for a draft, in the order they were added. */
	List<ChosenStudy> studies(long draftId) {
		return jdbc.sql("select id, case_id, heading, summary, introduction from plan_case_study where report_id = ? "
				+ "order by added_at, id")
			.param(draftId)
			.query((rs, row) -> new ChosenStudy(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	Optional<ChosenStudy> study(long draftId, long studyId) {
		return studies(draftId).stream().filter(study -> study.id() == studyId).findFirst();
	}

	boolean hasStudyOf(long draftId, long caseId) {
		return jdbc.sql("select count(*) from plan_case_study where report_id = ? and case_id = ?")
			.params(draftId, caseId).query(Long.class).single() > 0;
	}

	long insertStudy(long draftId, long caseId, String heading, String summary, String introduction, long userId,
			OffsetDateTime now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into plan_case_study (report_id, case_id, heading, summary, introduction, added_at, added_by, "
				+ "updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(draftId, caseId, heading, summary, introduction, now, userId, now, userId)
			.update(key, "id");
		return key.getKey().longValue();
	}

	void rewordStudy(long draftId, long studyId, String introduction, long userId, OffsetDateTime now) {
		jdbc.sql("update plan_case_study set introduction = ?, updated_at = ?, updated_by = ? where report_id = ? and id = ?")
			.params(introduction, now, userId, draftId, studyId)
			.update();
	}

	boolean removeStudy(long draftId, long studyId) {
		return jdbc.sql("delete from plan_case_study where report_id = ? and id = ?").params(draftId, studyId).update() == 1;
	}

	/** A case study of a draft: which case, what was added (already anonymised) and the officer's words. */
	record ChosenStudy(long id, long caseId, String heading, String summary, String introduction) {
	}

	long insertJob(PaperJob.Kind kind, long subjectId, PaperJob.Format format, long userId, OffsetDateTime now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into plan_paper_job (kind, subject_id, format, requested_by, requested_at, status, progress, "
				+ "attempts) values (?, ?, ?, ?, ?, 'QUEUED', 0, 0)")
			.params(kind.name(), subjectId, format.name(), userId, now)
			.update(key, "id");
		return key.getKey().longValue();
	}

	Optional<PaperJob> job(long id) {
		return jdbc.sql("select id, kind, subject_id, format, requested_by, requested_at, status, progress, attempts, "
				+ "finished_at, file_name, failure from plan_paper_job where id = ?")
			.param(id)
			.query((rs, row) -> new PaperJob(rs.getLong("id"), PaperJob.Kind.valueOf(rs.getString("kind")),
					rs.getLong("subject_id"), PaperJob.Format.valueOf(rs.getString("format")), rs.getLong("requested_by"),
					rs.getObject("requested_at", OffsetDateTime.class), PaperJob.Status.valueOf(rs.getString("status")),
					rs.getInt("progress"), rs.getInt("attempts"), rs.getObject("finished_at", OffsetDateTime.class),
					rs.getString("file_name"), rs.getString("failure")))
			.optional();
	}

	/**
	 * Ids of papers waiting, oldest first: queued ones, and running ones claimed before {@code staleBefore} (their
	 * instance stopped mid-way), so a crash loses no paper.
	 */
	List<Long> waiting(OffsetDateTime staleBefore, int limit) {
		return jdbc.sql("select id from plan_paper_job where status = 'QUEUED' or (status = 'RUNNING' and claimed_at < ?) "
				+ "order by requested_at, id")
			.param(staleBefore)
			.query(Long.class)
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	/**
	 * Claims a waiting paper for this instance: one conditional update, so of two instances asking at once only
	 * one changes the row and makes the paper.
	 */
	boolean claim(long id, OffsetDateTime now, OffsetDateTime staleBefore) {
		return jdbc.sql("update plan_paper_job set status = 'RUNNING', claimed_at = ?, attempts = attempts + 1, "
				+ "progress = 0 where id = ? and (status = 'QUEUED' or (status = 'RUNNING' and claimed_at < ?))")
			.params(now, id, staleBefore)
			.update() == 1;
	}

	void progress(long id, int percent) {
		jdbc.sql("update plan_paper_job set progress = ? where id = ? and status = 'RUNNING'").params(percent, id).update();
	}

	void finish(long id, String fileName, byte[] content, OffsetDateTime now) {
		jdbc.sql("update plan_paper_job set status = 'DONE', progress = 100, file_name = ?, content = ?, finished_at = ? "
				+ "where id = ?")
			.params(fileName, content, now, id)
			.update();
	}

	void fail(long id, String failure, OffsetDateTime now) {
		jdbc.sql("update plan_paper_job set status = 'FAILED', failure = ?, finished_at = ? where id = ?")
			.params(failure.length() > 500 ? failure.substring(0, 500) : failure, now, id)
			.update();
	}

	/** Puts a paper whose making failed but may succeed later back in the queue. */
	void requeue(long id) {
		jdbc.sql("update plan_paper_job set status = 'QUEUED', progress = 0 where id = ?").param(id).update();
	}

	Optional<byte[]> content(long id) {
		return jdbc.sql("select content from plan_paper_job where id = ? and status = 'DONE'").param(id)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

}

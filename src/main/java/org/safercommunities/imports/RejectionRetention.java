package org.safercommunities.imports;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.safercommunities.retention.RetainedRecords;
import org.safercommunities.shared.UkTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows an import rejected (with the row's text, for the downloadable rejection report) are deleted a year
 * after the import; the import's own line, with its counts, stays.
 */
@Component
class RejectionRetention implements RetainedRecords {

	static final String TYPE = "import-rejections";

	private final JdbcClient jdbc;

	RejectionRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<RecordType> types() {
		return List.of(new RecordType(TYPE, "imports.retention.rejections", "imports.retention.after-import",
				Period.ofYears(1), Disposal.DELETE));
	}

	@Override
	public List<Long> expired(String type, LocalDate cutoff, int limit) {
		return jdbc.sql("select i.id from police_import i where i.started_at < ? "
				+ "and exists (select 1 from police_import_rejection r where r.import_id = i.id) order by i.started_at, i.id")
			.param(cutoff.atStartOfDay(UkTime.ZONE).toOffsetDateTime())
			.query(Long.class).list().stream().limit(limit).toList();
	}

	@Override
	public long startingBetween(String type, LocalDate from, LocalDate to) {
		return jdbc.sql("select count(*) from police_import i where i.started_at >= ? and i.started_at < ? "
				+ "and exists (select 1 from police_import_rejection r where r.import_id = i.id)")
			.params(from.atStartOfDay(UkTime.ZONE).toOffsetDateTime(), to.plusDays(1).atStartOfDay(UkTime.ZONE).toOffsetDateTime())
			.query(Long.class).single();
	}

	@Override
	public boolean dispose(String type, long id) {
		return jdbc.sql("delete from police_import_rejection where import_id = ?").param(id).update() > 0;
	}

	@Override
	public List<String> tables(String type) {
		return List.of("police_import_rejection");
	}

}

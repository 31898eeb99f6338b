package org.safercommunities.performance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.safercommunities.shared.StaffActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Commentary in table indicator_commentary. A draft is edited in place; publishing adds a published copy and
 * removes the draft. Published commentary is never updated or deleted here.
 */
@Component
class CommentaryStore {

	private static final String SELECT = """
			select id, indicator_code, area_code, period_end, status, body, author_name, written_at
			from indicator_commentary""";

	private final JdbcClient jdbc;

	CommentaryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Commentary> draft(String indicator, String area, YearMonth period) {
		return jdbc.sql(SELECT + " where indicator_code = ? and area_code = ? and period_end = ? and status = 'DRAFT'")
			.params(indicator, area, period.atDay(1))
			.query(CommentaryStore::map)
			.optional();
	}

	/** Published commentary for the indicator and area, newest first, every period. */
	List<Commentary> published(String indicator, String area) {
		return jdbc.sql(SELECT + " where indicator_code = ? and area_code = ? and status = 'PUBLISHED' "
				+ "order by written_at desc, id desc")
			.params(indicator, area)
			.query(CommentaryStore::map)
			.list();
	}

	void saveDraft(String indicator, String area, YearMonth period, String body, StaffActor author) {
		int updated = jdbc.sql("""
				update indicator_commentary set body = ?, author_user_id = ?, author_name = ?, written_at = ?
				where indicator_code = ? and area_code = ? and period_end = ? and status = 'DRAFT'""")
			.params(body, author.userId(), author.username(), now(), indicator, area, period.atDay(1))
			.update();
		if (updated == 0) {
			insert(indicator, area, period, Commentary.Status.DRAFT, body, author);
		}
	}

	long publish(String indicator, String area, YearMonth period, String body, StaffActor author) {
		jdbc.sql("delete from indicator_commentary where indicator_code = ? and area_code = ? and period_end = ? "
				+ "and status = 'DRAFT'")
			.params(indicator, area, period.atDay(1))
			.update();
		return insert(indicator, area, period, Commentary.Status.PUBLISHED, body, author);
	}

	private long insert(String indicator, String area, YearMonth period, Commentary.Status status, String body,
			StaffActor author) {
		org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				insert into indicator_commentary (indicator_code, area_code, period_end, status, body, author_user_id,
				    author_name, written_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(indicator, area, period.atDay(1), status.name(), body, author.userId(), author.username(), now())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

	private static Commentary map(ResultSet rs, int row) throws SQLException {
		return new Commentary(rs.getLong("id"), rs.getString("indicator_code"), rs.getString("area_code"),
				YearMonth.from(rs.getObject("period_end", LocalDate.class)),
				Commentary.Status.valueOf(rs.getString("status")), rs.getString("body"), rs.getString("author_name"),
				rs.getObject("written_at", OffsetDateTime.class).toInstant());
	}

}

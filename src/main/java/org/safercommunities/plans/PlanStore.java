package org.safercommunities.plans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.safercommunities.plans.PlanRecords.Action;
import org.safercommunities.plans.PlanRecords.ActionDetails;
import org.safercommunities.plans.PlanRecords.Meeting;
import org.safercommunities.plans.PlanRecords.Priority;
import org.safercommunities.plans.PlanRecords.PriorityDetails;
import org.safercommunities.plans.PlanRecords.Strategy;
import org.safercommunities.plans.PlanRecords.StrategyDetails;
import org.safercommunities.plans.PlanRecords.Update;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The plans module's tables (plan_*), read and written with plain SQL that runs on H2 and PostgreSQL. */
@Repository
class PlanStore {

	private static final String ACTION_COLUMNS = "id, priority_id, reference, what, lead_organisation_id, lead_user_id, "
			+ "deadline, output_measures, indicator_codes, rag, rag_reason";

	private final JdbcClient jdbc;

	PlanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Strategy> strategies() {
		return jdbc.sql("select * from plan_strategy order by period_from desc, name").query(PlanStore::strategy).list();
	}

	Optional<Strategy> strategy(long id) {
		return jdbc.sql("select * from plan_strategy where id = ?").param(id).query(PlanStore::strategy).optional();
	}

	Optional<Strategy> strategyNamed(String name) {
		return jdbc.sql("select * from plan_strategy where name = ?").param(name).query(PlanStore::strategy).optional();
	}

	long insertStrategy(StrategyDetails details, OffsetDateTime now) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into plan_strategy (name, owner_organisation_id, period_from, period_to, source, created_at) "
				+ "values (?, ?, ?, ?, ?, ?)")
			.params(details.name(), details.ownerOrganisationId(), details.periodFrom(), details.periodTo(),
					details.source(), now)
			.update(key, "id");
		return key.getKey().longValue();
	}

	void updateStrategy(long id, StrategyDetails details) {
		jdbc.sql("update plan_strategy set name = ?, owner_organisation_id = ?, period_from = ?, period_to = ?, "
				+ "source = ? where id = ?")
			.params(details.name(), details.ownerOrganisationId(), details.periodFrom(), details.periodTo(),
					details.source(), id)
			.update();
	}

	List<Priority> priorities(long strategyId) {
		return jdbc.sql("select * from plan_priority where strategy_id = ? order by number").param(strategyId)
			.query(PlanStore::priority).list();
	}

	Optional<Priority> priority(long id) {
		return jdbc.sql("select * from plan_priority where id = ?").param(id).query(PlanStore::priority).optional();
	}

	boolean priorityNumberTaken(long strategyId, int number, Long except) {
		return jdbc.sql("select count(*) from plan_priority where strategy_id = ? and number = ? and id <> ?")
			.params(strategyId, number, except == null ? -1L : except).query(Long.class).single() > 0;
	}

	long insertPriority(long strategyId, PriorityDetails details) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into plan_priority (strategy_id, number, title, outcomes) values (?, ?, ?, ?)")
			.params(strategyId, details.number(), details.title(), details.outcomes())
			.update(key, "id");
		return key.getKey().longValue();
	}

	void updatePriority(long id, PriorityDetails details) {
		jdbc.sql("update plan_priority set number = ?, title = ?, outcomes = ? where id = ?")
			.params(details.number(), details.title(), details.outcomes(), id)
			.update();
	}

	/** Every action of a strategy, in priority order then as entered. */
	List<Action> actionsOfStrategy(long strategyId) {
		return jdbc.sql("select a.* from plan_action a join plan_priority p on p.id = a.priority_id "
				+ "where p.strategy_id = ? order by p.number, a.id")
			.param(strategyId).query(PlanStore::action).list();
	}

	List<Action> allActions() {
		return jdbc.sql("select " + ACTION_COLUMNS + " from plan_action order by id").query(PlanStore::action).list();
	}

	Optional<Action> action(long id) {
		return jdbc.sql("select " + ACTION_COLUMNS + " from plan_action where id = ?").param(id)
			.query(PlanStore::action).optional();
	}

	long insertAction(long priorityId, ActionDetails details) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into plan_action (priority_id, reference, what, lead_organisation_id, lead_user_id, deadline, "
				+ "output_measures, indicator_codes) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(priorityId, details.reference(), details.what(), details.leadOrganisationId(),
					details.leadUserId(), details.deadline(), details.outputMeasures(), codes(details.indicatorCodes()))
			.update(key, "id");
		return key.getKey().longValue();
	}

	void updateAction(long id, ActionDetails details) {
		jdbc.sql("update plan_action set reference = ?, what = ?, lead_organisation_id = ?, lead_user_id = ?, "
				+ "deadline = ?, output_measures = ?, indicator_codes = ? where id = ?")
			.params(details.reference(), details.what(), details.leadOrganisationId(), details.leadUserId(),
					details.deadline(), details.outputMeasures(), codes(details.indicatorCodes()), id)
			.update();
	}

	/** A progress update, and the action's RAG and reason become the update's. */
	void insertUpdate(long actionId, long authorUserId, String authorName, OffsetDateTime now, String text, Rag rag,
			String reason) {
		jdbc.sql("insert into plan_update (action_id, author_user_id, author_name, written_at, text, rag_after, reason) "
				+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(actionId, authorUserId, authorName, now, text, rag.name(), reason)
			.update();
		jdbc.sql("update plan_action set rag = ?, rag_reason = ? where id = ?").params(rag.name(), reason, actionId)
			.update();
	}

	/** Newest first. */
	List<Update> updates(long actionId) {
		return jdbc.sql("select * from plan_update where action_id = ? order by written_at desc, id desc")
			.param(actionId)
			.query((rs, row) -> new Update(rs.getLong("id"), rs.getLong("action_id"), rs.getLong("author_user_id"),
					rs.getString("author_name"), rs.getObject("written_at", OffsetDateTime.class), rs.getString("text"),
					Rag.valueOf(rs.getString("rag_after")), rs.getString("reason")))
			.list();
	}

	long insertBoard(String name, Collection<Long> memberOrganisations) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into plan_board (name) values (?)").param(name).update(key, "id");
		long board = key.getKey().longValue();
		for (long organisation : memberOrganisations) {
			jdbc.sql("insert into plan_board_member (board_id, organisation_id) values (?, ?)")
				.params(board, organisation).update();
		}
		return board;
	}

	Optional<Long> boardNamed(String name) {
		return jdbc.sql("select id from plan_board where name = ?").param(name).query(Long.class).optional();
	}

	List<Long> boardMembers(long boardId) {
		return jdbc.sql("select organisation_id from plan_board_member where board_id = ? order by organisation_id")
			.param(boardId).query(Long.class).list();
	}

	long insertMeeting(long boardId, LocalDate meetsOn) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into plan_board_meeting (board_id, meets_on) values (?, ?)").params(boardId, meetsOn)
			.update(key, "id");
		return key.getKey().longValue();
	}

	List<PlanRecords.Board> boards() {
		return jdbc.sql("select id, name from plan_board order by name")
			.query((rs, row) -> new PlanRecords.Board(rs.getLong(1), rs.getString(2), boardMembers(rs.getLong(1)),
					jdbc.sql("select meets_on from plan_board_meeting where board_id = ? order by meets_on")
						.param(rs.getLong(1)).query(LocalDate.class).list()))
			.list();
	}

	Optional<Meeting> meeting(long id) {
		return jdbc.sql("select m.id, m.board_id, b.name, m.meets_on from plan_board_meeting m "
				+ "join plan_board b on b.id = m.board_id where m.id = ?")
			.param(id)
			.query((rs, row) -> new Meeting(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getObject(4, LocalDate.class)))
			.optional();
	}

	Optional<Long> meetingOn(long boardId, LocalDate day) {
		return jdbc.sql("select id from plan_board_meeting where board_id = ? and meets_on = ?").params(boardId, day)
			.query(Long.class).optional();
	}

	/** The indicators whose chart the meeting's pack carries. */
	java.util.Set<String> meetingIndicators(long meetingId) {
		return new java.util.LinkedHashSet<>(jdbc.sql(
				"select indicator_code from plan_meeting_indicator where meeting_id = ? order by indicator_code")
			.param(meetingId).query(String.class).list());
	}

	void replaceMeetingIndicators(long meetingId, java.util.Collection<String> codes) {
		jdbc.sql("delete from plan_meeting_indicator where meeting_id = ?").param(meetingId).update();
		for (String code : new java.util.TreeSet<>(codes)) {
			jdbc.sql("insert into plan_meeting_indicator (meeting_id, indicator_code) values (?, ?)")
				.params(meetingId, code).update();
		}
	}

	/** The board's last meeting before {@code day}, if any. */
	Optional<LocalDate> meetingBefore(long boardId, LocalDate day) {
		return jdbc.sql("select max(meets_on) from plan_board_meeting where board_id = ? and meets_on < ?")
			.params(boardId, day).query(LocalDate.class).list().stream().filter(java.util.Objects::nonNull).findFirst();
	}

	/** Meetings from {@code from} to {@code to}, inclusive, soonest first. */
	List<Meeting> meetingsBetween(LocalDate from, LocalDate to) {
		return jdbc.sql("select m.id, m.board_id, b.name, m.meets_on from plan_board_meeting m "
				+ "join plan_board b on b.id = m.board_id where m.meets_on between ? and ? order by m.meets_on, m.id")
			.params(from, to)
			.query((rs, row) -> new Meeting(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getObject(4, LocalDate.class)))
			.list();
	}

	/**
	 * Claims the digest for a meeting and lead: true once, false ever after, on every instance (the primary key;
	 * on a race the second insert fails and the caller's transaction rolls back, so nothing is sent twice).
	 */
	boolean claimDigest(long meetingId, long leadUserId, OffsetDateTime now) {
		if (jdbc.sql("select count(*) from plan_digest_sent where meeting_id = ? and lead_user_id = ?")
			.params(meetingId, leadUserId).query(Long.class).single() > 0) {
			return false;
		}
		jdbc.sql("insert into plan_digest_sent (meeting_id, lead_user_id, sent_at) values (?, ?, ?)")
			.params(meetingId, leadUserId, now).update();
		return true;
	}

	private static String codes(List<String> codes) {
		return codes.isEmpty() ? null : String.join(",", codes);
	}

	private static Strategy strategy(ResultSet rs, int row) throws SQLException {
		return new Strategy(rs.getLong("id"), new StrategyDetails(rs.getString("name"),
				rs.getLong("owner_organisation_id"), rs.getObject("period_from", LocalDate.class),
				rs.getObject("period_to", LocalDate.class), rs.getString("source")));
	}

	private static Priority priority(ResultSet rs, int row) throws SQLException {
		return new Priority(rs.getLong("id"), rs.getLong("strategy_id"),
				new PriorityDetails(rs.getInt("number"), rs.getString("title"), rs.getString("outcomes")));
	}

	private static Action action(ResultSet rs, int row) throws SQLException {
		long lead = rs.getLong("lead_user_id");
		Long leadUser = rs.wasNull() ? null : lead;
		String codes = rs.getString("indicator_codes");
		String rag = rs.getString("rag");
		return new Action(rs.getLong("id"), rs.getLong("priority_id"),
				new ActionDetails(rs.getString("reference"), rs.getString("what"), rs.getLong("lead_organisation_id"),
						leadUser, rs.getObject("deadline", LocalDate.class), rs.getString("output_measures"),
						codes == null ? List.of() : Arrays.asList(codes.split(","))),
				rag == null ? null : Rag.valueOf(rag), rs.getString("rag_reason"));
	}

}

package org.safercommunities.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safercommunities.crypto.EncryptedColumn;
import org.safercommunities.people.Involvement.PartyRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The people module's tables, in SQL: {@code person} (one sealed JSON of the details per person),
 * {@code person_lookup} (blind-index digests), {@code person_involvement} and {@code person_merge}. Nothing here
 * sees a value in the clear: it is handed ciphertexts and digests.
 */
@Repository
class PersonStore implements EncryptedColumn.Source {

	/** The columns this class keeps ciphertext in, for key rotation. */
	@Override
	public java.util.List<EncryptedColumn> encryptedColumns() {
		return java.util.List.of(EncryptedColumn.text("person", "sealed_details").forPurpose("person"),
				EncryptedColumn.text("person_merge", "sealed_reason"));
	}


	private final JdbcClient jdbc;

	PersonStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A person's row: the sealed details and whom they were merged into, if anyone. */
	record StoredPerson(long id, String sealedDetails, Long mergedIntoId) {
	}

	/** A merge as recorded; {@code undoneAt} null while it stands. */
	record StoredMerge(long id, long keptId, long mergedAwayId, String sealedReason, Instant mergedAt, String mergedBy,
			Instant undoneAt, String undoneBy) {

		boolean standing() {
			return undoneAt == null;
		}

	}

	long insert(String sealedDetails, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into person (sealed_details, created_at, updated_at, version) values (?, ?, ?, 0)""")
			.params(sealedDetails, Timestamp.from(now), Timestamp.from(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	void updateDetails(long id, String sealedDetails, Instant now) {
		jdbc.sql("update person set sealed_details = ?, updated_at = ?, version = version + 1 where id = ?")
			.params(sealedDetails, Timestamp.from(now), id)
			.update();
	}

	Optional<StoredPerson> find(long id) {
		return jdbc.sql("select id, sealed_details, merged_into_id from person where id = ?")
			.param(id)
			.query(PersonStore::person)
			.optional();
	}

	List<StoredPerson> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select id, sealed_details, merged_into_id from person where id in (:ids) order by id")
			.param("ids", ids)
			.query(PersonStore::person)
			.list();
	}

	private static StoredPerson person(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		long mergedInto = rs.getLong("merged_into_id");
		Long into = rs.wasNull() ? null : mergedInto;
		return new StoredPerson(rs.getLong("id"), rs.getString("sealed_details"), into);
	}

	Optional<Long> mergedInto(long id) {
		return jdbc.sql("select merged_into_id from person where id = ? and merged_into_id is not null")
			.param(id)
			.query(Long.class)
			.optional();
	}

	/**
	 * Of these people, those merged away, with whom each was merged into directly: one query per thousand people
	 * (a list, or every victim of the last year), where asking person by person was one query each.
	 */
	Map<Long, Long> mergedIntoOf(Collection<Long> ids) {
		Map<Long, Long> into = new java.util.HashMap<>();
		List<Long> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += 1000) {
			jdbc.sql("select id, merged_into_id from person where id in (:ids) and merged_into_id is not null")
				.param("ids", all.subList(from, Math.min(all.size(), from + 1000)))
				.query(rs -> {
					into.put(rs.getLong(1), rs.getLong(2));
				});
		}
		return into;
	}

	void setMergedInto(long id, Long into) {
		jdbc.sql("update person set merged_into_id = ?, version = version + 1 where id = ?").params(into, id).update();
	}

	/** The person and everyone merged into them, directly or through another merge. */
	Set<Long> mergeGroup(long currentId) {
		Set<Long> group = new LinkedHashSet<>(List.of(currentId));
		List<Long> frontier = List.of(currentId);
		while (!frontier.isEmpty()) {
			frontier = jdbc.sql("select id from person where merged_into_id in (:ids)")
				.param("ids", frontier)
				.query(Long.class)
				.list()
				.stream()
				.filter(group::add)
				.toList();
		}
		return group;
	}

	/**
	 * {@link #mergeGroup} of several people at once: one query per level of merges (usually one in all) rather
	 * than one per person.
	 */
	Map<Long, Set<Long>> mergeGroups(Collection<Long> currentIds) {
		Map<Long, Set<Long>> groups = new java.util.LinkedHashMap<>();
		Map<Long, Long> groupOf = new java.util.HashMap<>();
		currentIds.forEach(id -> {
			groups.computeIfAbsent(id, any -> new LinkedHashSet<>()).add(id);
			groupOf.putIfAbsent(id, id);
		});
		List<Long> frontier = List.copyOf(groupOf.keySet());
		while (!frontier.isEmpty()) {
			List<Long> next = new ArrayList<>();
			jdbc.sql("select id, merged_into_id from person where merged_into_id in (:ids)")
				.param("ids", frontier)
				.query(rs -> {
					long member = rs.getLong(1);
					long group = groupOf.get(rs.getLong(2));
					if (groupOf.putIfAbsent(member, group) == null) {
						groups.get(group).add(member);
						next.add(member);
					}
				});
			frontier = next;
		}
		return groups;
	}

	/** Up to {@code size} people after {@code afterId}, in id order: for rebuilding every blind index. */
	List<StoredPerson> after(long afterId, int size) {
		return jdbc.sql("select id, sealed_details, merged_into_id from person where id > ? order by id limit ?")
			.params(afterId, size)
			.query(PersonStore::person)
			.list();
	}

	void replaceLookups(long personId, Map<LookupKind, Set<String>> digests) {
		jdbc.sql("delete from person_lookup where person_id = ?").param(personId).update();
		digests.forEach((kind, values) -> values.forEach(digest -> jdbc
			.sql("insert into person_lookup (person_id, kind, digest) values (?, ?, ?)")
			.params(personId, kind.name(), digest)
			.update()));
	}

	/** People holding any of the digests (of any of the kinds), in id order. */
	List<Long> holding(Collection<LookupKind> kinds, Collection<String> digests) {
		if (kinds.isEmpty() || digests.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select distinct person_id from person_lookup where kind in (:kinds) and digest in (:digests)
				order by person_id""")
			.param("kinds", kinds.stream().map(Enum::name).toList())
			.param("digests", digests)
			.query(Long.class)
			.list();
	}

	/** Up to {@code limit} people not merged away holding one of the digests: those that point at one person. */
	List<Long> candidatesByDigest(Collection<String> digests, int limit) {
		if (digests.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select distinct l.person_id from person_lookup l join person p on p.id = l.person_id
				where l.kind in ('FULL_NAME', 'ALIAS', 'PHONE', 'EMAIL') and l.digest in (:digests)
				and p.merged_into_id is null order by l.person_id desc limit :limit""")
			.param("digests", digests)
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/**
	 * Up to {@code limit} people not merged away whose family name sounds like one of {@code sounds} and who share
	 * one of {@code others} (a date of birth, a postcode or the sound of a given name).
	 */
	List<Long> candidatesBySound(Collection<String> sounds, Collection<String> others, int limit) {
		if (sounds.isEmpty() || others.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select distinct f.person_id from person_lookup f
				join person_lookup o on o.person_id = f.person_id
				join person p on p.id = f.person_id
				where f.kind = 'FAMILY_NAME_SOUND' and f.digest in (:sounds)
				and o.kind in ('DATE_OF_BIRTH', 'POSTCODE', 'GIVEN_NAME_SOUND') and o.digest in (:others)
				and p.merged_into_id is null order by f.person_id desc limit :limit""")
			.param("sounds", sounds)
			.param("others", others)
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/** Adds the involvement unless the person already has it; whether it was added. */
	boolean addInvolvement(long personId, Involvement involvement, Instant now) {
		long existing = jdbc.sql("""
				select count(*) from person_involvement where person_id = ? and record_type = ? and record_id = ?
				and role = ?""")
			.params(personId, involvement.recordType(), involvement.recordId(), involvement.role().name())
			.query(Long.class)
			.single();
		if (existing > 0) {
			return false;
		}
		jdbc.sql("""
				insert into person_involvement (person_id, module, record_type, record_id, role, occurred_on,
				  same_occasion, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(personId, involvement.module(), involvement.recordType(), involvement.recordId(),
					involvement.role().name(), involvement.occurredOn(), involvement.sameOccasionAsItsReports(),
					Timestamp.from(now))
			.update();
		return true;
	}

	/** The involvements of these people, latest first. */
	List<Involvement> involvements(Collection<Long> personIds) {
		return jdbc.sql("""
				select module, record_type, record_id, role, occurred_on, same_occasion from person_involvement
				where person_id in (:ids) order by occurred_on desc, id desc""")
			.param("ids", personIds)
			.query((rs, row) -> new Involvement(rs.getString("module"), rs.getString("record_type"),
					rs.getLong("record_id"), PartyRole.valueOf(rs.getString("role")),
					rs.getObject("occurred_on", java.time.LocalDate.class), rs.getBoolean("same_occasion")))
			.list();
	}

	/** The involvements of each of these people (a person with none is left out). */
	Map<Long, List<Involvement>> involvementsByPerson(Collection<Long> personIds) {
		Map<Long, List<Involvement>> byPerson = new java.util.HashMap<>();
		if (personIds.isEmpty()) {
			return byPerson;
		}
		jdbc.sql("""
				select person_id, module, record_type, record_id, role, occurred_on, same_occasion from person_involvement
				where person_id in (:ids)""")
			.param("ids", personIds)
			.query(rs -> {
				byPerson.computeIfAbsent(rs.getLong("person_id"), any -> new ArrayList<>())
					.add(new Involvement(rs.getString("module"), rs.getString("record_type"), rs.getLong("record_id"),
							PartyRole.valueOf(rs.getString("role")), rs.getObject("occurred_on", java.time.LocalDate.class),
							rs.getBoolean("same_occasion")));
			});
		return byPerson;
	}

	/** Every person with an involvement as a victim in the window that counts as an occasion, with those involvements. */
	Map<Long, List<Involvement>> victimInvolvementsBetween(java.time.LocalDate from, java.time.LocalDate to) {
		Map<Long, List<Involvement>> byPerson = new java.util.HashMap<>();
		jdbc.sql("""
				select person_id, module, record_type, record_id, occurred_on from person_involvement
				where role = 'VICTIM' and same_occasion = false and occurred_on between ? and ?""")
			.params(from, to)
			.query(rs -> {
				byPerson.computeIfAbsent(rs.getLong("person_id"), any -> new ArrayList<>())
					.add(new Involvement(rs.getString("module"), rs.getString("record_type"), rs.getLong("record_id"),
							PartyRole.VICTIM, rs.getObject("occurred_on", java.time.LocalDate.class), false));
			});
		return byPerson;
	}

	long insertMerge(long keptId, long mergedAwayId, String sealedReason, Instant now, String by) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into person_merge (kept_id, merged_away_id, sealed_reason, merged_at, merged_by)
				values (?, ?, ?, ?, ?)""")
			.params(keptId, mergedAwayId, sealedReason, Timestamp.from(now), by)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	Optional<StoredMerge> findMerge(long mergeId) {
		return jdbc.sql("select * from person_merge where id = ?").param(mergeId).query(PersonStore::merge).optional();
	}

	void markUndone(long mergeId, Instant now, String by) {
		jdbc.sql("update person_merge set undone_at = ?, undone_by = ? where id = ?")
			.params(Timestamp.from(now), by, mergeId)
			.update();
	}

	/** Merges this person was kept or merged away in, latest first. */
	List<StoredMerge> mergesOf(long personId) {
		return jdbc.sql("select * from person_merge where kept_id = ? or merged_away_id = ? order by merged_at desc, id desc")
			.params(personId, personId)
			.query(PersonStore::merge)
			.list();
	}

	private static StoredMerge merge(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp undone = rs.getTimestamp("undone_at");
		return new StoredMerge(rs.getLong("id"), rs.getLong("kept_id"), rs.getLong("merged_away_id"),
				rs.getString("sealed_reason"), rs.getTimestamp("merged_at").toInstant(), rs.getString("merged_by"),
				undone == null ? null : undone.toInstant(), rs.getString("undone_by"));
	}

	void deleteInvolvements(String module, String recordType, long recordId) {
		jdbc.sql("delete from person_involvement where module = ? and record_type = ? and record_id = ?")
			.params(module, recordType, recordId)
			.update();
	}

	/** Whether the person was merged into another or another into them (the merge can be undone, so both stay). */
	boolean inAMerge(long personId) {
		return jdbc.sql("select count(*) from person_merge where kept_id = ? or merged_away_id = ?")
			.params(personId, personId).query(Long.class).single() > 0
				|| jdbc.sql("select count(*) from person where merged_into_id = ? or (id = ? and merged_into_id is not null)")
					.params(personId, personId).query(Long.class).single() > 0;
	}

	/** Deletes a person with their look-ups and involvements. */
	void delete(long personId) {
		jdbc.sql("delete from person_lookup where person_id = ?").param(personId).update();
		jdbc.sql("delete from person_involvement where person_id = ?").param(personId).update();
		jdbc.sql("delete from person where id = ?").param(personId).update();
	}

}

package org.safercommunities.audit;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.safercommunities.audit.AuditTrail.AuditActor;
import org.safercommunities.shared.AccessRefusal;
import org.safercommunities.shared.RecordAccessRefused;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AuditTrailIntegrationTests {

	@Autowired
	AuditTrail audit;

	@Autowired
	AuditLogQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithMockUser(roles = "ADMIN")
	void entriesAreChainedAndTheChainVerifies() {
		String record = TestData.unique("record");
		audit.append(new AuditActor(41L, "reader@test.example", 3L), "REPORT_VIEWED", "report", record, "triage");
		audit.append(AuditActor.publicUser(), "REPORT_SUBMITTED", "report", record, null);

		var entries = queries.search(new AuditSearch(null, null, "report", record, null, null, 1)).entries();

		assertThat(entries).extracting(AuditEntry::action).containsExactly("REPORT_SUBMITTED", "REPORT_VIEWED");
		assertThat(entries.get(0).previousHash()).isEqualTo(entries.get(1).entryHash());
		assertThat(entries).extracting(AuditEntry::entryHash).as("keyed with a key outside the database")
			.allSatisfy(hash -> assertThat(hash).startsWith("k").hasSize(64));
		var verification = queries.verify();
		assertThat(verification.intact()).isTrue();
		assertThat(verification.unkeyedEntries()).as("this database was keyed from its first entry").isZero();
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void severalRecordsAreAuditedInOneGoOneEntryEachInTheChain() {
		String first = TestData.unique("many");
		String second = TestData.unique("many");
		audit.append(AuditActor.system(), "BEFORE", "report", first, null);

		audit.recordEach("PERSON_READ", "person", java.util.List.of(first, second), "match suggestion");

		var entries = jdbc.sql("select * from audit_entry where record_id in (?, ?) order by id").params(first, second)
			.query(AuditLogQueries::entry).list();
		assertThat(entries).extracting(entry -> entry.action() + " " + entry.recordId() + " " + entry.reason())
			.containsExactly("BEFORE " + first + " null", "PERSON_READ " + first + " match suggestion",
					"PERSON_READ " + second + " match suggestion");
		assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).entryHash());
		assertThat(entries.get(2).previousHash()).isEqualTo(entries.get(1).entryHash());
		assertThat(jdbc.sql("select last_hash from audit_chain_head where id = 1").query(String.class).single())
			.isEqualTo(entries.get(2).entryHash());
		assertThat(queries.verify().intact()).isTrue();
	}

	@Autowired
	AccessRefusals refusals;

	@Test
	void aRefusedRecordIsAuditedByKindIdAndReasonAndNothingElse() {
		String id = TestData.unique("refused");
		refusals.refused("GET /staff/reports/" + id,
				new RecordAccessRefused("hate_report", id, AccessRefusal.OTHER_ORGANISATION, false));

		assertThat(jdbc.sql("select action, record_type, reason from audit_entry where record_id = ?").param(id)
			.query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3)).list())
			.containsExactly("ACCESS_REFUSED|hate_report|GET /staff/reports/" + id + " (OTHER_ORGANISATION)");
	}

	@Test
	void theDatabaseRefusesUpdatesAndDeletes() {
		audit.append(AuditActor.system(), "TEST_ENTRY", "test", TestData.unique("x"), null);

		assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor_name = 'someone else'").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThat(jdbc.sql("select count(*) from audit_entry where actor_name = 'someone else'").query(Long.class)
			.single()).isZero();
	}

	@Test
	@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "safer.test.database", matches = "postgres")
	void postgresRefusesTruncateToo() {
		assertThatThrownBy(() -> jdbc.sql("truncate table audit_entry").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
	}

	@Test
	void theApplicationOffersNoWayToChangeOrRemoveAnEntry() {
		for (Class<?> type : new Class<?>[] { AuditTrail.class, AuditLogQueries.class }) {
			assertThat(type.getMethods()).extracting(java.lang.reflect.Method::getName)
				.noneMatch(name -> name.matches("(?i).*(update|delete|remove|edit|change|truncate|purge).*"));
		}
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void searchFiltersByActorActionAndDate() {
		String actor = TestData.unique("finder") + "@test.example";
		audit.append(new AuditActor(1L, actor, 1L), "SIGN_IN", "staff_user", 1, null);
		audit.append(new AuditActor(1L, actor, 1L), "SIGN_OUT", "staff_user", 1, null);

		assertThat(queries.search(new AuditSearch(actor.substring(0, 12).toUpperCase(), "SIGN_OUT", null, null,
				LocalDate.now().minusDays(1), LocalDate.now().plusDays(1), 1)).entries())
			.singleElement()
			.satisfies(entry -> assertThat(entry.actorName()).isEqualTo(actor));
		assertThat(queries.search(new AuditSearch(actor, null, null, null, LocalDate.now().plusDays(2), null, 1))
			.total()).isZero();
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void searchingTheLogIsItselfAudited() {
		long before = count("AUDIT_LOG_SEARCHED");

		queries.search(new AuditSearch(null, null, null, null, null, null, null));

		assertThat(count("AUDIT_LOG_SEARCHED")).isEqualTo(before + 1);
	}

	@Test
	@WithMockUser(roles = "OFFICER")
	void onlyAdministratorsMaySearch() {
		assertThatThrownBy(() -> queries.search(new AuditSearch(null, null, null, null, null, null, null)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	private long count(String action) {
		return jdbc.sql("select count(*) from audit_entry where action = ?").param(action).query(Long.class).single();
	}

}

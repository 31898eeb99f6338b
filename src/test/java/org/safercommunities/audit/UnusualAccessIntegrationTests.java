package org.safercommunities.audit;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safercommunities.audit.AuditTrail.AuditActor;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The audit viewer's unusual-access page and one record's access history, from entries written the real way. */
@IntegrationTest
class UnusualAccessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	Cookie admin;

	@BeforeEach
	void signIn() throws Exception {
		admin = SignIn.as(mvc, data.aStaffUser(Role.ADMIN).getEmail());
	}

	@Test
	void aPersonReadingManyRecordsInADayIsShownWithHowMany() throws Exception {
		AuditActor bulk = actor("bulk");
		AuditActor normal = actor("normal");
		for (int i = 0; i < 101; i++) {
			audit.append(bulk, "PERSON_READ", "person", "bulk-" + i, "Read a person");
		}
		for (int i = 0; i < 5; i++) {
			// The same record opened again and again is one record, not a bulk read.
			audit.append(normal, "PERSON_READ", "person", "same", "Read a person");
		}
		for (int i = 0; i < 99; i++) {
			audit.append(normal, "CASE_VIEWED", "case", "normal-" + i, "Read a case");
		}

		Document page = unusualPage();
		List<String> rows = page.select("#unusual-findings tbody tr").eachText();
		assertThat(rows).filteredOn(row -> row.contains(bulk.name()))
			.anySatisfy(row -> assertThat(row).contains("Read more than 100 records in the day", "101"));
		assertThat(rows).as("5 reads of one person and 99 cases are 100 records").noneMatch(row -> row.contains(normal.name())
				&& row.contains("in the day"));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'AUDIT_UNUSUAL_ACCESS_VIEWED'")
			.query(Long.class).single()).isPositive();
	}

	@Test
	void repeatedRefusalsAreShown() throws Exception {
		AuditActor prober = actor("prober");
		for (int i = 0; i < 4; i++) {
			audit.append(prober, AccessRefusals.ACTION, "case", String.valueOf(i), "GET /staff/cases/" + i);
		}

		assertThat(unusualPage().select("#unusual-findings tbody tr").eachText())
			.anySatisfy(row -> assertThat(row).contains(prober.name(), "Refused access more than 3 times", "4"));
	}

	@Test
	void aPeriodThatCannotBeReadOrIsTooLongIsNamedAndNothingIsShown() throws Exception {
		Map<String, String[]> messages = Map.of("From date must be a real date, like 2026-11-21",
				new String[] { "2026-02-30", "" }, "To date must be at most 92 days after the from date",
				new String[] { "2026-01-01", "2026-12-01" }, "To date must be the same as or after the from date",
				new String[] { "2026-03-01", "2026-02-01" });
		for (Map.Entry<String, String[]> expected : messages.entrySet()) {
			String[] period = expected.getValue();
			Document page = Jsoup.parse(mvc.perform(get("/staff/audit/unusual").param("from", period[0])
				.param("to", period[1]).cookie(admin)).andReturn().getResponse().getContentAsString());
			assertThat(page.select(".govuk-error-summary a").text()).as(String.join(" to ", period))
				.isEqualTo(expected.getKey());
			assertThat(page.title()).startsWith("Error: ");
			assertThat(page.select("#from").attr("value")).isEqualTo(period[0]);
			assertThat(page.select("#unusual-findings")).isEmpty();
		}
	}

	@Test
	void oneRecordsWholeAccessHistoryExportsAsCsvAndTheExportIsAudited() throws Exception {
		String person = UUID.randomUUID().toString().substring(0, 8);
		AuditActor reader = actor("reader");
		audit.append(reader, "PERSON_READ", "person", person, "Read a person");
		audit.append(actor("refused"), AccessRefusals.ACTION, "person", person, "GET /staff/people/" + person);

		Document search = Jsoup.parse(mvc.perform(get("/staff/audit").param("recordType", "person")
			.param("recordId", person).cookie(admin)).andReturn().getResponse().getContentAsString());
		String link = search.select("#history-export").attr("href");
		assertThat(link).isEqualTo("/staff/audit/history.csv?recordType=person&recordId=" + person);

		MockHttpServletResponse response = mvc.perform(get(link).cookie(admin)).andReturn().getResponse();
		assertThat(response.getHeader("Content-Disposition")).contains("access-history-person-" + person + ".csv");
		List<CsvRecord> rows;
		try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(new StringReader(response.getContentAsString()))) {
			rows = csv.stream().toList();
		}
		assertThat(rows.get(0).getFields()).containsExactly("when", "who", "organisation_id", "action",
				"record_type", "record_id", "reason");
		assertThat(rows.subList(1, rows.size())).extracting(row -> row.getField(1) + " " + row.getField(3))
			.containsExactly(reader.name() + " PERSON_READ", actor("refused").name() + " ACCESS_REFUSED");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'AUDIT_RECORD_HISTORY_EXPORTED' "
				+ "and record_type = 'person' and record_id = ?").param(person).query(Long.class).single())
			.isEqualTo(1);
	}

	private Document unusualPage() throws Exception {
		return Jsoup.parse(mvc.perform(get("/staff/audit/unusual").cookie(admin)).andReturn().getResponse()
			.getContentAsString());
	}

	private static final String RUN = Long.toString(Instant.now().toEpochMilli(), 36);

	private static AuditActor actor(String who) {
		return new AuditActor(null, who + "-" + RUN + "@unusual.example", null);
	}

}

package org.safercommunities.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.safercommunities.crypto.EncryptedColumn;
import org.safercommunities.crypto.EncryptedColumns;
import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.people.People;
import org.safercommunities.shared.IndicatorCounts;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.UkTime;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safercommunities.cases.CaseWorkTestData.page;
import static org.safercommunities.cases.CaseWorkTestData.redirect;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Closed cases at the end of their retention (six years after closure), through the retention job: a case closed
 * six years and a day ago loses everything that identifies anyone (its party's name is found in none of the case's
 * tables, and the person, named by nothing else, is gone from the people module) while its year's figures stay; one
 * closed six years less a day ago, and one under a legal hold, are kept whole.
 */
@IntegrationTest
class CaseRetentionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseCounts caseCounts;

	@Autowired
	VictimsCodeCounts victimsCode;

	@Autowired
	EncryptedColumns encryptedColumns;

	@Autowired
	FieldEncryption encryption;

	@Autowired
	People people;

	@Autowired
	org.springframework.context.ApplicationContext context;

	private long organisationId;

	@Test
	void aCaseClosedSixYearsAndADayAgoIsAnonymisedKeepingItsFiguresWhileYoungerAndHeldOnesStay() throws Exception {
		var officerUser = data.aStaffUser(Role.OFFICER);
		organisationId = officerUser.getOrganisationId();
		Cookie officer = SignIn.as(mvc, officerUser.getEmail());
		Cookie admin = SignIn.as(mvc, data.aStaffUser(Role.ADMIN).getEmail());
		LocalDate today = LocalDate.now(UkTime.ZONE);
		String oldName = TestData.unique("Oldfield");
		String youngName = TestData.unique("Youngman");
		String heldName = TestData.unique("Heldane");
		long old = closedCase(officer, oldName, today.minusYears(6).minusDays(1));
		long young = closedCase(officer, youngName, today.minusYears(6).plusDays(1));
		long held = closedCase(officer, heldName, today.minusYears(6).minusDays(1));
		long oldPerson = personOf(old);
		assertThat(caseText(old)).as("the name is in the case before").contains(oldName);
		assertThat(mvc.perform(post("/staff/admin/retention/holds").param("recordType", "closed-case")
			.param("recordId", String.valueOf(held)).param("reason", "Civil claim CL-2026-0200").with(csrf()).cookie(admin))
			.andReturn().getResponse().getRedirectedUrl()).isEqualTo("/staff/admin/retention");
		LocalDate yearStart = LocalDate.of(today.minusYears(7).getYear(), 1, 1);
		Map<String, Long> openedBefore = caseCounts.openedByType(yearStart, yearStart.plusYears(2));
		List<IndicatorCounts.Count> victimsCodeBefore = victimsCodeCounts(yearStart);
		assertThat(victimsCodeBefore).as("the cases are counted").isNotEmpty();

		mvc.perform(post("/staff/admin/retention/runs").with(csrf()).cookie(admin));

		assertThat(jdbc.sql("select anonymised_at from case_file where id = ?").param(old).query(OffsetDateTime.class).single())
			.isNotNull();
		assertThat(caseText(old)).as("nothing in the case's tables names the party").doesNotContain(oldName);
		assertThat(count("select count(*) from case_party where case_id = ?", old)).isZero();
		assertThat(count("select count(*) from case_document where case_id = ?", old)).isZero();
		assertThat(people.details(oldPerson, "retention test")).as("the person, named by nothing else, is gone").isEmpty();
		assertThat(page(mvc, "/staff/cases/" + old, officer)).as("the case page still opens").doesNotContain(oldName);
		assertThat(jdbc.sql("select type_code || ' ' || status || ' ' || outcome || ' ' || ward_code from case_file where id = ?")
			.param(old).query(String.class).single()).as("what the figures count stays")
			.isEqualTo("HATE_CRIME CLOSED RESOLVED " + CaseWorkTestData.WARD);
		assertThat(caseCounts.openedByType(yearStart, yearStart.plusYears(2))).as("cases opened that year")
			.isEqualTo(openedBefore);
		assertThat(victimsCodeCounts(yearStart)).as("Victims' Code counts those years").containsExactlyInAnyOrderElementsOf(victimsCodeBefore);

		assertThat(caseText(young)).as("six years less a day: kept whole").contains(youngName);
		assertThat(count("select count(*) from case_party where case_id = ?", young)).isOne();
		assertThat(caseText(held)).as("under a legal hold: kept whole").contains(heldName);
		assertThat(jdbc.sql("select anonymised_at from case_file where id = ?").param(held).query(OffsetDateTime.class)
			.optional()).isEmpty();
		assertThat(count("select count(*) from audit_entry where action = 'RETENTION_ANONYMISE' and record_type = 'closed-case' "
				+ "and record_id = ?", String.valueOf(old))).isOne();
		assertThat(page(mvc, "/staff/admin/retention", admin)).contains("Closed cases", "6 years after it was closed");
	}

	@Test
	void theNamedReportACaseWasOpenedFromIsAnonymisedWithIt() throws Exception {
		var officerUser = data.aStaffUser(Role.OFFICER);
		Cookie officer = SignIn.as(mvc, officerUser.getEmail());
		Cookie admin = SignIn.as(mvc, data.aStaffUser(Role.ADMIN).getEmail());
		String name = TestData.unique("Reporter Named");
		long report = CaseTestData.namedReport(org.safercommunities.reporting.ReportTestData.from(context), name,
				"named@test.example", "07700900123").id();
		long caseId = CaseTestData.openFrom(mvc, officer, report, true);
		String today = org.safercommunities.shared.UkDates.day(LocalDate.now(UkTime.ZONE));
		assertThat(redirect(mvc, post("/staff/cases/" + caseId + "/close").param("outcome", "RESOLVED")
			.param("closureReason", "Resolved").param("closedOn", today), officer)).startsWith("/staff/cases/" + caseId);
		LocalDate closed = LocalDate.now(UkTime.ZONE).minusYears(6).minusDays(1);
		jdbc.sql("update case_file set opened_on = ?, opened_at = ?, closed_on = ? where id = ?")
			.params(closed.minusDays(10), closed.minusDays(10).atStartOfDay(ZoneOffset.UTC).toOffsetDateTime(), closed, caseId)
			.update();
		assertThat(page(mvc, "/staff/reports/" + report, officer)).contains(name);

		mvc.perform(post("/staff/admin/retention/runs").with(csrf()).cookie(admin));

		for (int wait = 0; wait < 100 && jdbc.sql("select anonymised_at from hate_report where id = ?").param(report)
			.query(OffsetDateTime.class).optional().isEmpty(); wait++) {
			Thread.sleep(100);
		}
		assertThat(jdbc.sql("select anonymised_at from hate_report where id = ?").param(report).query(OffsetDateTime.class)
			.optional()).as("the report is anonymised after its case").isPresent();
		assertThat(page(mvc, "/staff/reports/" + report, officer)).doesNotContain(name);
		assertThat(caseText(caseId)).doesNotContain(name);
	}

	/** A hate crime case with a victim, a note, an action and a closure reason naming them, closed on {@code closedOn}. */
	private long closedCase(Cookie officer, String familyName, LocalDate closedOn) throws Exception {
		long id = CaseWorkTestData.openCase(mvc, officer);
		CaseWorkTestData.addVictim(mvc, officer, id, familyName);
		redirect(mvc, post("/staff/cases/" + id + "/notes").param("note", "Visited Ada " + familyName + " at home"), officer);
		redirect(mvc, post("/staff/cases/" + id + "/actions").param("what", "Call Ada " + familyName)
			.param("ownerOrganisation", String.valueOf(organisationId))
			.param("dueOn", org.safercommunities.shared.UkDates.day(LocalDate.now(UkTime.ZONE).plusDays(3))), officer);
		String today = LocalDate.now(UkTime.ZONE).getDayOfMonth() + " " + LocalDate.now(UkTime.ZONE).getMonthValue() + " "
				+ LocalDate.now(UkTime.ZONE).getYear();
		assertThat(redirect(mvc, post("/staff/cases/" + id + "/close").param("outcome", "RESOLVED")
			.param("closureReason", "Ada " + familyName + " moved on").param("closedOn", today), officer))
			.startsWith("/staff/cases/" + id);
		LocalDate opened = closedOn.minusDays(40);
		jdbc.sql("update case_file set opened_on = ?, opened_at = ?, closed_on = ? where id = ?")
			.params(opened, opened.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime(), closedOn, id).update();
		return id;
	}

	/** Every encrypted text of the case's own tables, decrypted. */
	private String caseText(long caseId) {
		StringBuilder text = new StringBuilder();
		for (EncryptedColumn column : encryptedColumns.all()) {
			if (!column.table().startsWith("case_") || column.storage() != EncryptedColumn.Storage.BASE64_TEXT
					|| column.purpose() != null) {
				continue;
			}
			String where = column.table().equals("case_file") ? "id = ?"
					: column.table().equals("case_risk_answer") ? "1 = 0" : "case_id = ?";
			jdbc.sql("select " + column.column() + " from " + column.table() + " where " + where).param(caseId)
				.query(String.class).list().stream().filter(value -> value != null)
				.forEach(value -> text.append(encryption.decrypt(value)).append('\n'));
		}
		return text.toString();
	}

	private long personOf(long caseId) {
		return jdbc.sql("select person_id from case_party where case_id = ?").param(caseId).query(Long.class).single();
	}

	/** The Victims' Code source's counts (cases with a victim, informed, offered RJ) of the two years, by month and area. */
	private List<IndicatorCounts.Count> victimsCodeCounts(LocalDate yearStart) {
		List<IndicatorCounts.Count> counts = new ArrayList<>();
		victimsCode.countMonths(new IndicatorCounts.Months(java.time.YearMonth.from(yearStart),
				java.time.YearMonth.from(yearStart.plusYears(2).minusDays(1))), counts::add);
		return counts;
	}

	private long count(String sql, Object id) {
		return jdbc.sql(sql).param(id).query(Long.class).single();
	}

}

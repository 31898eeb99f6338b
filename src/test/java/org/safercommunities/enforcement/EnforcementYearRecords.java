package org.safercommunities.enforcement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.safercommunities.support.TestData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Seed 001's enforcement (4.1.6, Figs. 3 and 5), made through the pages as an officer would, in the financial year
 * a test chooses: 240 Community Protection Warnings over the year and 8 notices from January, and the 32 fixed
 * penalty notices of its last quarter by offence code ({@link EnforcementTestData#FIRST_QUARTER_2023}). A year
 * before the configured tariff or Barnet's PSPO gets its own, made by an administrator, so any year works.
 */
public final class EnforcementYearRecords {

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private EnforcementYearRecords(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	public static EnforcementYearRecords with(MockMvc mvc, JdbcClient jdbc) {
		return new EnforcementYearRecords(mvc, jdbc);
	}

	/** All on one new case of {@code officer}'s organisation, with one alleged perpetrator. */
	public void seed(Cookie officer, Cookie admin, int startYear) throws Exception {
		EnforcementTestData.CaseWithPerson matter = EnforcementTestData.caseWithPerpetrator(mvc, officer, jdbc,
				"Loudly");
		LocalDate april = LocalDate.of(startYear, 4, 1);
		for (int i = 0; i < 240; i++) {
			EnforcementTestData.tool(mvc, officer, matter.caseId(), "CPW", matter.personId(), april.plusDays(i));
		}
		List<Long> notices = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			notices.add(EnforcementTestData.tool(mvc, officer, matter.caseId(), "CPN", matter.personId(),
					LocalDate.of(startYear + 1, 1, 2).plusDays(i * 10)));
		}
		LocalDate march = LocalDate.of(startYear + 1, 3, 1);
		tariffFor(march, admin);
		long condition = pspoConditionFor(march, admin);
		int day = 0;
		for (Map.Entry<String, Integer> code : EnforcementTestData.FIRST_QUARTER_2023.entrySet()) {
			for (int i = 0; i < code.getValue(); i++) {
				String[] link = switch (code.getKey()) {
					case "CST08" -> new String[] { "breachOf", String.valueOf(notices.get(0)) };
					case "CST09" -> new String[] { "pspoCondition", String.valueOf(condition) };
					default -> new String[0];
				};
				EnforcementTestData.penalty(mvc, officer, matter.caseId(), code.getKey(), matter.personId(),
						march.plusDays(day++ % 31), link);
			}
		}
	}

	/** The configured tariff for every offence starts in 2022; an earlier March needs one of its own. */
	private void tariffFor(LocalDate march, Cookie admin) throws Exception {
		boolean priced = jdbc.sql("select count(*) from enforcement_tariff where offence_code is null "
				+ "and valid_from <= ? and (valid_to is null or valid_to >= ?)")
			.params(march, march.plusDays(30)).query(Long.class).single() > 0;
		if (!priced) {
			EnforcementTestData.redirect(mvc, post("/staff/admin/enforcement/tariffs/new").param("offenceCode", "")
				.param("validFrom", "1 1 " + march.getYear()).param("validTo", "31 12 " + march.getYear())
				.param("amount", "100").param("earlyReductionPercent", "30").param("earlyDays", "14")
				.param("payDays", "28"), admin);
		}
	}

	/** A PSPO of this seeding's own, in force over the quarter, and its one condition. */
	private long pspoConditionFor(LocalDate march, Cookie admin) throws Exception {
		String name = TestData.unique("Town centre PSPO");
		EnforcementTestData.redirect(mvc, post("/staff/admin/enforcement/pspos/new").param("name", name)
			.param("authority", "London Borough of Barnet").param("area", "Chipping Barnet town centre")
			.param("madeOn", "1 12 " + (march.getYear() - 1)).param("expiresOn", "30 11 " + (march.getYear() + 2))
			.param("active", "true").param("conditions", "No street drinking"), admin);
		return jdbc.sql("select c.id from enforcement_pspo_condition c join enforcement_pspo o on o.id = c.pspo_id "
				+ "where o.name = ?").param(name).query(Long.class).single();
	}

}

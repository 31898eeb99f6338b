package org.safercommunities.performance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The product's own reports in the dashboard: counted by month, strand, ward and centre from the reporting module's
 * tables (duplicates once), picked up when the dashboard is next opened, and a sudden rise in one strand flagged by
 * the weekly early warning (Action 5 of the Barnet strategy).
 */
@IntegrationTest
class OwnReportFiguresIntegrationTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static final String BURNT_OAK = "E05013630";

	static final String STRAND = "ALTERNATIVE_SUBCULTURE";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	/** The account is stored encrypted, as the reporting module stores it, so staff pages can still list the row. */
	@Autowired
	org.safercommunities.crypto.FieldEncryption encryption;

	@Test
	void reportsAreCountedByMonthStrandWardAndCentreAndASurgeIsAnEarlyWarning() throws Exception {
		long centre = data.anOrganisation().getId();
		LocalDate lastWeek = LocalDate.now(LONDON).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
		for (int week = 10; week >= 1; week--) {
			report(lastWeek.minusWeeks(week).plusDays(1), BURNT_OAK, null, null);
		}
		long first = 0;
		for (int i = 0; i < 8; i++) {
			long id = report(lastWeek.plusDays(1), BURNT_OAK, i == 0 ? centre : null, null);
			first = (i == 0) ? id : first;
		}
		report(lastWeek.plusDays(2), BURNT_OAK, null, first); // a duplicate of the first: not counted again

		Cookie analyst = SignIn.as(mvc, data.aStaffUser(Role.ANALYST).getEmail());
		mvc.perform(get("/staff/dashboard/hate-reports").cookie(analyst).param("strand", STRAND))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Early warning: Hate crime and incident reports received (Their "
					+ "style or subculture) in Barnet in the week beginning")))
			.andExpect(content().string(containsString("were unusually high (8 against a usual 1.0 a week)")));

		assertThat(aggregate("hate-reports", "BOROUGH", "ALL")).isEqualTo(rawByMonth(false, false, null));
		assertThat(aggregate("hate-reports", "WARD", "ALL")).isEqualTo(rawByMonth(false, true, null));
		assertThat(aggregate("hate-reports", "BOROUGH", STRAND)).isEqualTo(rawByMonth(false, false, STRAND));
		assertThat(aggregate("centre-reports", "BOROUGH", "ALL")).isEqualTo(rawByMonth(true, false, null));
		assertThat(aggregate("centre-reports", "BOROUGH", "ALL").values().stream().mapToLong(Long::longValue).sum())
			.isPositive();
	}

	@Test
	void aReportMarkedAsADuplicateLeavesItsMonthsCountWithoutAPageBeingOpened() throws Exception {
		LocalDate day = LocalDate.now(LONDON).minusMonths(7).withDayOfMonth(12);
		long first = report(day, BURNT_OAK, null, null);
		long second = report(day.plusDays(1), BURNT_OAK, null, null);
		Cookie analyst = SignIn.as(mvc, data.aStaffUser(Role.ANALYST).getEmail());
		mvc.perform(get("/staff/dashboard/hate-reports").cookie(analyst)).andExpect(status().isOk());
		String month = DashboardSamples.key(DashboardSamples.BARNET, YearMonth.from(day));
		long before = aggregate("hate-reports", "BOROUGH", "ALL").get(month);

		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/staff/reports/" + second + "/duplicate")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("duplicateOf", String.valueOf(first))
			.param("reason", "Same incident")
			.cookie(officer)).andExpect(status().is3xxRedirection());

		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
		while (aggregate("hate-reports", "BOROUGH", "ALL").get(month) != before - 1 && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(aggregate("hate-reports", "BOROUGH", "ALL").get(month))
			.as("the month's count once the duplicate is marked (the dashboard hears it after the commit)")
			.isEqualTo(before - 1);
		assertThat(aggregate("hate-reports", "BOROUGH", "ALL")).isEqualTo(rawByMonth(false, false, null));
	}

	@Autowired
	AggregateRefresh refresh;

	@Test
	void aPageLeavesARecentlyRefreshedSourceToItsEventAndCountsItOnceTheGraceHasPassed() {
		LocalDate day = LocalDate.now(LONDON).minusMonths(9).withDayOfMonth(3);
		refresh.refreshChanged(java.time.Duration.ZERO);
		String month = DashboardSamples.key(DashboardSamples.BARNET, YearMonth.from(day));
		long before = aggregate("hate-reports", "BOROUGH", "ALL").getOrDefault(month, 0L);
		report(day, BURNT_OAK, null, null); // straight into the table: no event announces it

		refresh.refreshChanged(java.time.Duration.ofMinutes(5));
		assertThat(aggregate("hate-reports", "BOROUGH", "ALL").getOrDefault(month, 0L))
			.as("within the grace the page leaves the change to its event: no whole recount").isEqualTo(before);

		refresh.refreshChanged(java.time.Duration.ZERO);
		assertThat(aggregate("hate-reports", "BOROUGH", "ALL").getOrDefault(month, 0L))
			.as("once the grace has passed the page counts it").isEqualTo(before + 1);
	}

	private long report(LocalDate day, String ward, Long centre, Long duplicateOf) {
		OffsetDateTime at = day.atTime(12, 0).atZone(LONDON).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
		org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				insert into hate_report (reference, secret_hash, status, channel, centre_organisation_id, reporter_role,
				    emergency, what_happened, when_kind, ward_code, happened_before, strand_not_sure, police_consent,
				    identity_to_police, anonymous, support_wanted, duplicate_of_id, submitted_at)
				values (?, 'x', 'RECEIVED', ?, ?, 'VICTIM', false, ?, 'EXACT', ?, 'NO', false, false, false, true,
				    false, ?, ?)""")
			.params(reference(), centre == null ? "ONLINE" : "IN_PERSON", centre, encryption.encrypt("test"), ward,
					duplicateOf, at)
			.update(key, "id");
		long id = key.getKey().longValue();
		jdbc.sql("insert into hate_report_strand (report_id, strand) values (?, ?)").params(id, STRAND).update();
		return id;
	}

	private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE = new java.util.concurrent.atomic.AtomicInteger();

	/** A unique 12-character reference, not in the reporting module's alphabet, so never a real one. */
	private static String reference() {
		return "T%011d".formatted((System.nanoTime() / 1000 + SEQUENCE.incrementAndGet()) % 100_000_000_000L);
	}

	private Map<String, Long> aggregate(String indicator, String type, String strand) {
		return DashboardSamples.aggregate(jdbc, indicator, type, strand);
	}

	/** The same counts straight from the raw rows, by London month. */
	private Map<String, Long> rawByMonth(boolean centresOnly, boolean byWard, String strand) {
		Map<String, Long> rows = new HashMap<>();
		String sql = "select r.submitted_at, r.ward_code from hate_report r "
				+ (strand == null ? "" : "join hate_report_strand s on s.report_id = r.id and s.strand = '" + strand + "' ")
				+ "where r.duplicate_of_id is null" + (centresOnly ? " and r.centre_organisation_id is not null" : "");
		jdbc.sql(sql).query(rs -> {
			String area = byWard ? rs.getString(2) : DashboardSamples.BARNET;
			if (area != null) {
				YearMonth month = YearMonth.from(rs.getObject(1, OffsetDateTime.class).atZoneSameInstant(LONDON));
				rows.merge(DashboardSamples.key(area, month), 1L, Long::sum);
			}
		});
		return rows;
	}

}

package org.safercommunities.centres;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.safercommunities.plans.FigureBlock;
import org.safercommunities.plans.ReportPeriod;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reporting centre network's figures for the board pack and the annual report, in 2017/18 (a year no other
 * centres test sends returns or records training in). Centres stay active, so the centres active are counted
 * against those before this test's.
 */
@IntegrationTest
class CentrePeriodFiguresIntegrationTests {

	private static final int YEAR = 2017;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CentrePeriodFigures figures;

	@Test
	void centresActiveTheirReturnsTheReportsInThemAndStaffTrained() throws Exception {
		ReportPeriod year = ReportPeriod.financialYear(YEAR);
		long activeBefore = counts(year).get("centres.active").current();
		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		CentreYearRecords.from(context).seed(data, mvc, officer, YEAR);

		Map<String, FigureBlock.Count> counts = counts(year);

		assertThat(counts.get("centres.active").current() - activeBefore).isEqualTo(CentreYearRecords.CENTRES);
		assertThat(counts.get("centres.returns-received").current()).as("140 centre-months returned of 144")
			.isEqualTo(CentreYearRecords.RETURNS);
		assertThat(counts.get("centres.reports-recorded").current()).as("missing months add nothing")
			.isEqualTo((long) CentreYearRecords.RETURNS * CentreYearRecords.REPORTS_A_RETURN);
		assertThat(counts.get("centres.staff-trained").current()).isEqualTo(CentreYearRecords.CENTRES);
		// The year before holds no return: 0 when other records reach back to its start, else missing
		LocalDate first = jdbc.sql("select min(active_since) from reporting_centre").query(LocalDate.class).single();
		boolean reachBack = first.isBefore(LocalDate.of(YEAR - 1, 4, 2));
		assertThat(counts.get("centres.returns-received").previous()).isEqualTo(reachBack ? Long.valueOf(0) : null);
		assertThat(counts.get("centres.returns-received").source()).isEqualTo("/staff/returns?from=2017-04&to=2018-03");

		for (FigureBlock block : counts.values()) {
			mvc.perform(get(block.source()).cookie(officer)).andExpect(status().isOk());
		}
	}

	@Test
	void aYearBeforeAnyRecordIsMissingNotZero() {
		List<FigureBlock> blocks = figures.figures(ReportPeriod.financialYear(1990));

		assertThat(blocks).extracting(block -> ((FigureBlock.Count) block).previous()).containsOnlyNulls();
		assertThat(blocks).extracting(block -> ((FigureBlock.Count) block).current()).containsOnly(0L);
	}

	private Map<String, FigureBlock.Count> counts(ReportPeriod period) {
		return figures.figures(period).stream().map(FigureBlock.Count.class::cast)
			.collect(Collectors.toMap(FigureBlock.Count::code, count -> count));
	}

}

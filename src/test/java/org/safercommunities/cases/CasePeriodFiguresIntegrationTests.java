package org.safercommunities.cases;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.plans.FigureBlock;
import org.safercommunities.plans.ReportPeriod;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Cases logged for the board pack and the annual report: seed 001's 3602 against 2495, in 2017/18 and 2016/17
 * (years no other test opens cases in), in all and by case type.
 */
@IntegrationTest
class CasePeriodFiguresIntegrationTests {

	private static final int YEAR = 2017;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ApplicationContext context;

	@Autowired
	CasePeriodFigures figures;

	@Test
	void casesLoggedInTheYearBesideTheYearBeforeInAllAndByType() throws Exception {
		Organisation council = data.anOrganisation();
		CaseYearRecords.from(context).seed(council.getId(), data.aStaffUser(Role.OFFICER, council).getId(), YEAR);

		List<FigureBlock> blocks = figures.figures(ReportPeriod.financialYear(YEAR));

		FigureBlock.Count logged = (FigureBlock.Count) blocks.get(0);
		assertThat(logged.code()).isEqualTo("cases.logged");
		assertThat(logged.current()).isEqualTo(3602);
		assertThat(logged.previous()).isEqualTo(2495);
		FigureBlock.Table byType = (FigureBlock.Table) blocks.get(1);
		assertThat(byType.rows()).as("every type with cases, in the types' order").hasSize(9);
		assertThat(byType.rows().get(0)).containsExactly("Anti-social behaviour: personal", "820", "610");
		assertThat(byType.rows()).contains(List.of("Fly-tipping", "700", "455"), List.of("Other", "230", "100"));
		assertThat(byType.rows().stream().mapToLong(row -> Long.parseLong(row.get(1))).sum()).isEqualTo(3602);
		assertThat(byType.rows().stream().mapToLong(row -> Long.parseLong(row.get(2))).sum()).isEqualTo(2495);
		assertThat(logged.source()).isEqualTo("/staff/dashboard/cases-opened?period=" + (YEAR + 1) + "-03");

		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		for (FigureBlock block : blocks) {
			mvc.perform(get(block.source()).cookie(officer)).andExpect(status().isOk());
		}
	}

	@Test
	void aYearBeforeTheFirstCaseIsMissingNotZero() {
		List<FigureBlock> blocks = figures.figures(ReportPeriod.financialYear(1990));

		assertThat(((FigureBlock.Count) blocks.get(0)).current()).isZero();
		assertThat(((FigureBlock.Count) blocks.get(0)).previous()).isNull();
		assertThat(((FigureBlock.Table) blocks.get(1)).rows()).isEmpty();
	}

}

package org.safercommunities.plans;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The demo's plans from the seeds, as the board member sees them. H2 only, as the demo itself. */
@IntegrationTest
@TestPropertySource(properties = { "safer.demo.enabled=true", "safer.demo.password=demo-password-2026",
		org.safercommunities.support.DemoDatabase.URL })
@EnabledIfSystemProperty(named = "safer.test.database", matches = "h2|")
class PlansDemoIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theBoardSeesTheSeedsPlansWithHaringeysDeadlinesOverdue() throws Exception {
		var session = SignIn.attempt(mvc, "board@barnet.example", "demo-password-2026").getResponse()
			.getCookie(SignIn.SESSION_COOKIE);
		String list = mvc.perform(get("/staff/plans").cookie(session)).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("Barnet Hate Crime Strategy 2020-2024", "Community Safety Strategy 2022-27",
				"Haringey Hate Crime and Harassment Strategy 2006-2008", "H&amp;F Hate Crime Strategy 2024-2028");
		long haringey = jdbc.sql("select id from plan_strategy where name like 'Haringey%'").query(Long.class).single();
		String page = mvc.perform(get("/staff/plans/" + haringey).cookie(session)).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("5 of 5 actions overdue", "31 Mar 2007", "Encouraging Reporting")
			.doesNotContain("Add a priority");
		long barnet = jdbc.sql("select id from plan_strategy where name = ?")
			.param(PlansDemoData.BARNET_HATE_CRIME).query(Long.class).single();
		assertThat(mvc.perform(get("/staff/plans/" + barnet).cookie(session)).andReturn().getResponse()
			.getContentAsString()).contains("Action 1", "Action 7", "No update yet", "Olu Officer", "Pat Police");
		assertThat(jdbc.sql("select count(*) from plan_board_meeting m join plan_board b on b.id = m.board_id "
				+ "where b.name = ?").param(PlansDemoData.BOARD).query(Long.class).single()).isEqualTo(1);
	}

}

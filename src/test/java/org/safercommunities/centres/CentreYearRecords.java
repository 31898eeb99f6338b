package org.safercommunities.centres;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.safercommunities.shared.Role;
import org.safercommunities.shared.UkDates;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Seed 001's network of 12 Hate Crime Reporting Centres (4.4: "Co-ordinated and monitored 12"), active from 1 April
 * of the financial year a test chooses and still active, each with one member of staff trained in its June; and
 * their monthly returns for that year sent by the Community Safety Team as an officer would, except
 * {@link #MISSING} centre-months never returned (missing, not zero). The reports in the returns are invented.
 * Then a coordinator withdraws each centre, so none owes returns for the years since (the daily job would lapse
 * them, and other tests count the centres that owe); a centre withdrawn today was active all through that year.
 */
public final class CentreYearRecords {

	public static final int CENTRES = 12;

	/** Centre-months with no return: the last {@code MISSING} centres' March. */
	public static final int MISSING = 4;

	/** Reports recorded outside the product in each return (on paper). */
	public static final int REPORTS_A_RETURN = 2;

	/** Returns sent: 12 centres by 12 months, less the missing. */
	public static final int RETURNS = CENTRES * 12 - MISSING;

	private final CentreManagement centres;

	private CentreYearRecords(ApplicationContext context) {
		this.centres = context.getBean(CentreManagement.class);
	}

	public static CentreYearRecords from(ApplicationContext context) {
		return new CentreYearRecords(context);
	}

	public void seed(TestData data, MockMvc mvc, Cookie officer, int startYear) throws Exception {
		LocalDate april = LocalDate.of(startYear, 4, 1);
		Cookie coordinator = SignIn.as(mvc, data.aStaffUser(Role.COORDINATOR).getEmail());
		for (int c = 0; c < CENTRES; c++) {
			long centre = data.anOrganisation().getId();
			// Training that is still current makes the centre eligible today; June's is the year's.
			centres.seedAsSystem(centre, CentreTestData.details(), CentreTestData.responsibilities("lead@test.example"),
					List.of(new CompletedTraining("Hate Crime Lead", "Hate crime awareness", CentreTestData.today().minusMonths(1)),
							new CompletedTraining("Volunteer " + c, "Hate crime awareness", april.plusMonths(2))),
					april);
			for (int m = 0; m < 12; m++) {
				if (m == 11 && c >= CENTRES - MISSING) {
					continue;
				}
				String sent = mvc.perform(post("/staff/returns").with(csrf()).cookie(officer)
					.param("centre", String.valueOf(centre)).param("month", UkDates.month(YearMonth.from(april).plusMonths(m)))
					.param("outside[CHANNEL.PAPER]", String.valueOf(REPORTS_A_RETURN))).andReturn().getResponse()
					.getRedirectedUrl();
				assertThat(sent).as("return sent").startsWith("/staff/returns/");
			}
			String withdrawn = mvc.perform(post("/staff/centres/" + centre + "/status").with(csrf()).cookie(coordinator)
				.param("transition", "WITHDRAW").param("reason", "The seeded year is over")).andReturn().getResponse()
				.getRedirectedUrl();
			assertThat(withdrawn).as("centre withdrawn").isEqualTo("/staff/centres/" + centre);
		}
	}

}

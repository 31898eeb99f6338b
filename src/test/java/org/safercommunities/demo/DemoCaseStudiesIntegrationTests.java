package org.safercommunities.demo;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The demo's invented reports and cases, as a newcomer signs in to them: the repeat victim, the repeat place, the
 * closed CS MARAC case study, and the locked share Victim Support sees. A database of its own, so its records do
 * not add up in other tests' figures. H2 only, as the demo itself.
 */
@IntegrationTest
@TestPropertySource(properties = { "safer.demo.enabled=true", "safer.demo.case-studies=true",
		"safer.demo.password=demo-password-2026",
		"spring.datasource.url=jdbc:h2:mem:demo-case-studies;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@EnabledIfSystemProperty(named = "safer.test.database", matches = "h2|")
class DemoCaseStudiesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoCaseStudies studies;

	@Test
	void theOfficerFindsTheCaseStudiesWithTheirFlags() throws Exception {
		Cookie officer = signIn("officer@barnet.example");
		String list = page("/staff/cases", officer);
		assertThat(list).contains("5 cases", "Hate crime", "Anti-social behaviour: personal", "Repeat place");

		String repeatVictim = caseNamed(list, officer, "HATE_CRIME");
		assertThat(repeatVictim).contains("Invented for the demo.", "Samira Haddad",
				"Repeat victim: 3 reports or cases in 12 months");

		String trigger = page("/staff/cases?q=NW9 4ZZ", officer);
		assertThat(trigger).as("three cases at the invented house").contains("3 cases");
		java.util.regex.Matcher first = java.util.regex.Pattern.compile("href=\"(/staff/cases/\\d+)\"").matcher(
				trigger.substring(trigger.lastIndexOf("id=\"cases\"")));
		String register = "";
		while (first.find()) {
			String casePage = page(first.group(1), officer);
			if (casePage.contains("Drug dealing and nuisance at a private house")) {
				register = casePage;
			}
		}
		assertThat(register).as("the Community Trigger case, warning to closure order")
			.contains("Community Protection Warning", "Community Protection Notice", "Closure notice", "Closure order");

		String marac = page("/staff/cases?status=CLOSED", officer);
		assertThat(marac).contains("1 case", "Anti-social behaviour: personal");

		assertThat(page("/staff/reports", officer)).as("the reports inbox: three for the case, two to triage")
			.contains("5 reports");
	}

	@Test
	void victimSupportSeesTheRepeatVictimsCaseLockedAndTheMaracCaseWhole() throws Exception {
		Cookie partner = signIn("partner@victimsupport.example");
		String list = page("/staff/cases", partner);
		assertThat(list).contains("2 cases", "Locked share");
		assertThat(list).as("nothing of the cases about the house in Colindale").doesNotContain("Repeat place");
	}

	@Test
	void thePoliceSeeTheTwoCasesSharedWithThem() throws Exception {
		assertThat(page("/staff/cases", signIn("police@met.example"))).contains("2 cases", "Hate crime",
				"Anti-social behaviour: nuisance");
	}

	@Test
	void aSecondStartSeedsNothingMore() throws Exception {
		studies.seedOnFirstStart();
		assertThat(page("/staff/cases", signIn("officer@barnet.example"))).contains("5 cases");
	}

	private String caseNamed(String list, Cookie officer, String typeCode) throws Exception {
		java.util.regex.Matcher row = java.util.regex.Pattern
			.compile("href=\"(/staff/cases/\\d+)\">C-[^<]+</a>\\s*(<strong[^>]*>[^<]*</strong>)?</td>\\s*<td class=\"govuk-table__cell\">Hate crime")
			.matcher(list);
		assertThat(row.find()).as("a hate crime case in the list").isTrue();
		return page(row.group(1), officer);
	}

	private Cookie signIn(String email) throws Exception {
		return SignIn.as(mvc, email, "demo-password-2026");
	}

	private String page(String path, Cookie who) throws Exception {
		MvcResult result = mvc.perform(get(path).cookie(who)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}

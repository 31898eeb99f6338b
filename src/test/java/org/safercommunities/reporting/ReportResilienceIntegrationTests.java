package org.safercommunities.reporting;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

/** When sending fails, nothing is half-saved and nothing the person typed is lost. */
@IntegrationTest
@TestPropertySource(properties = "safer.reporting.rate-limit.reports-per-client=3")
class ReportResilienceIntegrationTests {

	@Autowired
	MockMvc mvc;

	@MockitoSpyBean
	ReportSubmission submission;

	@MockitoSpyBean
	ReportDrafts drafts;

	@Autowired
	ReportRepository reports;

	@Autowired
	SubmissionLimiter limiter;

	@AfterEach
	void backToNormal() {
		reset(submission, drafts);
	}

	@Test
	void aDatabaseFailureSaysNotSentAndKeepsEveryAnswer() throws Exception {
		Journey journey = new Journey(mvc).answerAll(Journey.ANONYMOUS);
		doThrow(new DataAccessResourceFailureException("database unavailable")).when(submission)
			.submit(any(), any(), any());
		long before = reports.count();

		String page = journey.send().getResponse().getContentAsString();

		assertThat(page).contains("Your report has not been sent", "Nothing has been lost", "href=\"/report/check-answers\"");
		assertThat(reports.count()).isEqualTo(before);
		reset(submission);
		assertThat(journey.open("/report/check-answers").getResponse().getContentAsString())
			.contains("A man shouted abuse", "Bus stop outside Burnt Oak station");
		assertThat(journey.send().getResponse().getRedirectedUrl()).isEqualTo("/report/confirmation");
	}

	@Test
	void anAnswerThatCannotBeSavedComesBackAsTypedWithAnErrorAboutThePageAtItsFirstField() throws Exception {
		Journey journey = new Journey(mvc);
		journey.answer("emergency", "emergency", "NO");
		doThrow(new DataAccessResourceFailureException("database unavailable")).when(drafts).save(any(), any(), any());

		var result = journey.answer("who", "reporterRole", "WITNESS");

		assertThat(result.getResponse().getStatus()).isEqualTo(503);
		var page = org.jsoup.Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a[href=#reporterRole]").text())
			.startsWith("We could not save this answer just now");
		assertThat(page.select("#reporterRole-error").text()).contains("We could not save this answer just now");
		assertThat(page.select("input[name=reporterRole][checked]").val()).as("the answer is kept").isEqualTo("WITNESS");
	}

	@Test
	void tooManyReportsFromOneConnectionAreHeldWithATimeToTryAgain() throws Exception {
		String page = "";
		for (int attempt = 0; attempt < 5 && !page.contains("Too many reports"); attempt++) {
			Journey journey = new Journey(mvc).from("192.0.2.77").answerAll(Journey.ANONYMOUS);
			var result = journey.send();
			page = result.getResponse().getContentAsString();
			if (page.contains("Too many reports")) {
				assertThat(journey.open("/report/check-answers").getResponse().getContentAsString())
					.as("answers are kept").contains("A man shouted abuse");
			}
		}
		assertThat(page).contains("Too many reports sent from your connection").containsPattern("try again in \\d+ minutes");
	}

}

package org.safercommunities.reporting;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@IntegrationTest
class FollowUpIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportRepository reports;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void eachFieldSaysWhatIsWrongWithItAndOnlyTheFieldAtFaultIsMarked() throws Exception {
		String missingSecret = new Journey(mvc).perform(post("/follow-up").with(csrf()).param("reference", "HC-7K3Q-9P")
			.param("secret", "")).getResponse().getContentAsString();
		var page = org.jsoup.Jsoup.parse(missingSecret);
		assertThat(page.select("#secret-error").text()).as("message by the secret words").contains("Enter your secret words");
		assertThat(page.select("#secret").attr("aria-describedby")).contains("secret-error");
		assertThat(page.select("#reference-error")).as("message by the reference, which was given").isEmpty();
		assertThat(page.select("#reference").hasClass("govuk-input--error")).as("reference marked red").isFalse();
		assertThat(page.select(".govuk-error-summary a[href=#secret]").text()).contains("Enter your secret words");

		String noMatch = new Journey(mvc).perform(post("/follow-up").with(csrf()).param("reference", "HC-7K3Q-9P")
			.param("secret", "not the right words 12")).getResponse().getContentAsString();
		var wrong = org.jsoup.Jsoup.parse(noMatch);
		assertThat(wrong.select("#reference-error").text()).as("message by the reference")
			.contains("The reference and secret words do not match a report");
		assertThat(wrong.select("#secret").hasClass("govuk-input--error")).as("secret marked red without a message").isFalse();
	}

	@Test
	void aReporterChecksAddsWithdrawsAndGivesFeedbackWithOnlyTheirReferenceAndSecret() throws Exception {
		var sent = sendReport(true);
		Journey reporter = new Journey(mvc);

		String wrong = reporter.perform(post("/follow-up").with(csrf()).param("reference", sent.reference())
			.param("secret", "wrong words here 11")).getResponse().getContentAsString();
		assertThat(wrong).contains("The reference and secret words do not match a report")
			.contains("value=\"" + sent.reference() + "\"");

		String typedSloppily = sent.reference().toLowerCase().replace("-", " ");
		assertThat(reporter.perform(post("/follow-up").with(csrf()).param("reference", typedSloppily)
			.param("secret", "  " + sent.secret().toUpperCase() + " ")).getResponse().getRedirectedUrl())
			.isEqualTo("/follow-up/report");
		assertThat(reporter.open("/follow-up/report").getResponse().getContentAsString())
			.contains(sent.reference(), "We have your report", "We have not shared it yet");

		reporter.perform(post("/follow-up/report/information").with(csrf()).param("information", "It happened again today."));
		reporter.perform(post("/follow-up/report/withdraw").with(csrf()));
		reporter.perform(post("/follow-up/report/feedback").with(csrf()).param("feedback", "HELPED_A_LITTLE"));

		transactions.executeWithoutResult(status -> {
			Report report = reports.findByReference(sent.reference()).orElseThrow();
			assertThat(report.getUpdates()).singleElement()
				.satisfies(update -> assertThat(update.getText()).isEqualTo("It happened again today."));
			assertThat(report.isPoliceConsent()).isFalse();
			assertThat(report.getConsentEvents()).extracting(ConsentEvent::getKind).contains(ConsentEvent.Kind.WITHDRAWN);
			assertThat(report.getSupportFeedback()).isEqualTo(ReportCodes.SupportFeedback.HELPED_A_LITTLE);
		});
	}

	@Test
	void openingAReportGivesTheBrowserANewSessionSoAnIdPlantedBeforeOpensNothing() throws Exception {
		var sent = sendReport(false);
		Journey reporter = new Journey(mvc);
		reporter.open("/follow-up");
		assertThat(reporter.cookies).as("a session before opening the report").containsKey("SAFER_SESSION");
		String before = reporter.cookies.get("SAFER_SESSION").getValue();

		assertThat(reporter.perform(post("/follow-up").with(csrf()).param("reference", sent.reference())
			.param("secret", sent.secret())).getResponse().getRedirectedUrl()).isEqualTo("/follow-up/report");

		assertThat(reporter.cookies.get("SAFER_SESSION").getValue()).as("session id after opening").isNotEqualTo(before);
		assertThat(reporter.open("/follow-up/report").getResponse().getContentAsString()).contains(sent.reference());
		Journey planted = new Journey(mvc);
		planted.cookies.put("SAFER_SESSION", new jakarta.servlet.http.Cookie("SAFER_SESSION", before));
		assertThat(planted.open("/follow-up/report").getResponse().getRedirectedUrl())
			.as("the old session id opens nothing").isEqualTo("/follow-up");
	}

	@Test
	void aWrongSecretIsAuditedWithoutWhatWasTyped() throws Exception {
		var sent = sendReport(false);
		long reportId = reports.findByReference(sent.reference()).orElseThrow().getId();

		new Journey(mvc).perform(post("/follow-up").with(csrf()).param("reference", sent.reference())
			.param("secret", "purple otter lamp 42"));
		new Journey(mvc).perform(post("/follow-up").with(csrf()).param("reference", "HC-0000-0000")
			.param("secret", "purple otter lamp 42"));

		assertThat(jdbc.sql("select reason from audit_entry where action = 'REPORT_FOLLOW_UP_REFUSED' and record_id = ?")
			.param(String.valueOf(reportId)).query(String.class).list()).containsExactly("Wrong secret words");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'REPORT_FOLLOW_UP_REFUSED' and record_id is null")
			.query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("select count(*) from audit_entry where reason like '%otter%' or record_id like 'HC-%'")
			.query(Long.class).single()).isZero();
	}

	@Test
	void emptyBoxesAreNamed() throws Exception {
		String page = new Journey(mvc).perform(post("/follow-up").with(csrf())).getResponse().getContentAsString();

		assertThat(page).contains("<a href=\"#reference\">Enter your reference</a>",
				"<a href=\"#secret\">Enter your secret words</a>");
	}

	@Test
	void theReportPageNeedsTheSecretFirst() throws Exception {
		assertThat(new Journey(mvc).open("/follow-up/report").getResponse().getRedirectedUrl()).isEqualTo("/follow-up");
	}

	private ReportSubmission.Submitted sendReport(boolean police) throws Exception {
		Map<String, String[]> answers = new HashMap<>(Journey.ANONYMOUS);
		if (police) {
			answers.put("police", new String[] { "policeConsent", "YES" });
			answers.remove("not-reporting");
		}
		Journey journey = new Journey(mvc).answerAll(answers);
		return journey.sendAndConfirm();
	}

}

package org.safercommunities.reporting;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@IntegrationTest
class PublicReportJourneyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportRepository reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void thePagesWithoutQuestionsOfTheirOwnChangeNoAnswer() throws Exception {
		Journey journey = new Journey(mvc).answerAll(Journey.ANONYMOUS);

		journey.send("whatHappened", "Changed behind the check-answers page", "wardCode", "E05013631",
				"anonymous", "false", "policeConsent", "YES", "name", "Someone Else");
		String reference = org.jsoup.Jsoup.parse(journey.open("/report/confirmation").getResponse().getContentAsString())
			.getElementById("reference").text();

		transactions.executeWithoutResult(status -> {
			Report report = reports.findByReference(reference).orElseThrow();
			assertThat(report.getWhatHappened()).startsWith("A man shouted abuse");
			assertThat(report.getWardCode()).isEqualTo("E05013630");
			assertThat(report.isAnonymous()).isTrue();
			assertThat(report.getReporterName()).isNull();
			assertThat(report.isPoliceConsent()).isFalse();
		});
	}

	@Test
	void anAnonymousReportGoesAllTheWayAndStoresTheConsentAsShown() throws Exception {
		Journey journey = new Journey(mvc).answerAll(Journey.ANONYMOUS);

		String check = journey.open("/report/check-answers").getResponse().getContentAsString();
		assertThat(check).contains("A man shouted abuse", "Bus stop outside Burnt Oak station", "Burnt Oak",
				"3 November 2026", "Against Muslim people", "Anonymous: no name or contact details",
				"The police will not get your report.");

		var submitted = journey.sendAndConfirm();
		assertThat(journey.confirmationPage).contains(submitted.reference(), submitted.secret(), "0800 555 111", "08 08 16 89 111");
		assertThat(submitted.reference()).matches("HC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}");
		assertThat(submitted.secret()).matches("([a-z]+ ){4}[0-9]{2}");
		assertThat(journey.open("/report/confirmation").getResponse().getContentAsString())
			.as("the secret words are shown once: a refresh does not show them again")
			.doesNotContain(submitted.secret(), submitted.reference());

		transactions.executeWithoutResult(status -> {
			Report report = reports.findByReference(submitted.reference()).orElseThrow();
			assertThat(report.isAnonymous()).isTrue();
			assertThat(report.getReporterName()).isNull();
			assertThat(report.getStrands()).containsExactly("RELIGION");
			assertThat(report.getStrandSubtypes()).containsExactly("ANTI_MUSLIM");
			assertThat(report.getWardCode()).isEqualTo("E05013630");
			assertThat(report.isPoliceConsent()).isFalse();
			assertThat(report.getNotReportingReasons()).containsExactly("FEAR_OF_REPRISAL");
			assertThat(report.getSignpostingShown()).contains("CRIMESTOPPERS", "VICTIM_SUPPORT");
			assertThat(report.getConsentEvents()).singleElement().satisfies(event -> {
				assertThat(event.getKind()).isEqualTo(ConsentEvent.Kind.DECLINED);
				assertThat(event.getWordingShown()).startsWith("Can we share your report with the police?");
				assertThat(event.getRecordedBy()).isEqualTo("reporter");
			});
		});
		assertThat(journey.open("/report/check-answers").getResponse().getRedirectedUrl())
			.as("a sent report's answers are gone: the next report starts afresh").isEqualTo("/report/emergency");
	}

	@Test
	void theAccountAndPlaceAreEncryptedInTheDatabase() throws Exception {
		Journey journey = new Journey(mvc).answerAll(Journey.ANONYMOUS);
		var submitted = journey.sendAndConfirm();

		Map<String, Object> row = jdbc.sql("select what_happened, location_description from hate_report where reference = ?")
			.param(submitted.reference()).query().singleRow();
		assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value))
			.doesNotContain("shouted", "Burnt Oak")
			.matches("[A-Za-z0-9+/=]{40,}"));
	}

	@Test
	void aQuestionCannotBeSkipped() throws Exception {
		Journey journey = new Journey(mvc);

		assertThat(journey.open("/report/police").getResponse().getRedirectedUrl()).isEqualTo("/report/emergency");
		journey.answer("emergency", "emergency", "NO");
		journey.answer("who", "reporterRole", "VICTIM");
		assertThat(journey.open("/report/check-answers").getResponse().getRedirectedUrl()).isEqualTo("/report/what");
		assertThat(journey.send().getResponse().getRedirectedUrl()).isEqualTo("/report/what");
	}

	@Test
	void wrongAnswersAreNamedAndWhatWasTypedStays() throws Exception {
		Journey journey = new Journey(mvc);
		journey.answer("emergency", "emergency", "NO");
		journey.answer("who", "reporterRole", "VICTIM");
		journey.answer("what", "whatHappened", "Someone wrote slurs on my door");

		String page = journey.answer("when", "whenKind", "EXACT", "day", "31", "month", "2", "year", "2026")
			.getResponse().getContentAsString();
		assertThat(page).contains("<title>Error: When did it happen?")
			.contains("<a href=\"#day\">The date must be a real date, like 27 3 2026</a>")
			.contains("value=\"31\"");

		String what = journey.answer("what", "whatHappened", "Someone wrote slurs on my door")
			.getResponse().getContentAsString();
		assertThat(what).contains("<a href=\"#incidentTypes\">Select what kind of thing happened</a>")
			.contains("Someone wrote slurs on my door</textarea>");
	}

	@Test
	void aFutureDateIsRefused() throws Exception {
		Journey journey = new Journey(mvc).answerAll(Map.of("emergency", Journey.ANONYMOUS.get("emergency"),
				"who", Journey.ANONYMOUS.get("who"), "what", Journey.ANONYMOUS.get("what")));

		assertThat(journey.answer("when", "whenKind", "EXACT", "day", "1", "month", "1", "year", "2099")
			.getResponse().getContentAsString()).contains("The date must be today or in the past");
	}

	@Test
	void someoneInDangerIsToldToCall999AndMayStillContinue() throws Exception {
		Journey journey = new Journey(mvc);

		assertThat(journey.answer("emergency", "emergency", "YES").getResponse().getRedirectedUrl())
			.isEqualTo("/report/call-999");
		assertThat(journey.open("/report/call-999").getResponse().getContentAsString())
			.contains("Call 999 now", "href=\"tel:999\"", "href=\"/report/who\"");
		assertThat(journey.open("/report/who").getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void aChangeFromCheckAnswersComesBackToIt() throws Exception {
		Journey journey = new Journey(mvc).answerAll(Journey.ANONYMOUS);

		assertThat(journey.answer("before?change=true", "happenedBefore", "YES", "change", "true")
			.getResponse().getRedirectedUrl()).isEqualTo("/report/check-answers");
		// Choosing to give a name opens a question that still needs an answer: how to contact them.
		assertThat(journey.answer("about-you", "giveDetails", "YES", "name", "Sam", "phone", "07700 900982",
				"change", "true").getResponse().getRedirectedUrl()).isEqualTo("/report/contact");
	}

	@Test
	void aNamedReportMayGiveThePoliceTheNameOrNot() throws Exception {
		Map<String, String[]> answers = new HashMap<>(Journey.ANONYMOUS);
		answers.put("police", new String[] { "policeConsent", "YES" });
		answers.remove("not-reporting");
		answers.put("about-you", new String[] { "giveDetails", "YES", "name", "Amina Example", "email",
				"amina@example.org", "phone", "" });
		Journey journey = new Journey(mvc).answerAll(answers);
		assertThat(journey.answer("police-identity", "identityToPolice", "NO").getResponse().getRedirectedUrl())
			.isEqualTo("/report/contact");
		assertThat(journey.answer("contact", "safeToContact", "YES", "contactMethods", "TEXT")
			.getResponse().getContentAsString()).contains("give your phone number");
		journey.answer("contact", "safeToContact", "YES", "contactMethods", "EMAIL", "contactTimes", "Evenings");

		assertThat(journey.open("/report/check-answers").getResponse().getContentAsString())
			.contains("Amina Example", "The police will get your report without your name or contact details.");
		var submitted = journey.sendAndConfirm();

		transactions.executeWithoutResult(status -> {
			Report report = reports.findByReference(submitted.reference()).orElseThrow();
			assertThat(report.getReporterName()).isEqualTo("Amina Example");
			assertThat(report.isPoliceConsent()).isTrue();
			assertThat(report.isIdentityToPolice()).isFalse();
			assertThat(report.getContactMethods()).containsExactly("EMAIL");
			assertThat(report.getConsentEvents()).extracting(ConsentEvent::getSubject, ConsentEvent::getKind)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(ConsentEvent.Subject.POLICE_SHARING, ConsentEvent.Kind.GIVEN),
						org.assertj.core.groups.Tuple.tuple(ConsentEvent.Subject.IDENTITY_TO_POLICE, ConsentEvent.Kind.DECLINED));
		});
	}

	@Test
	void aRobotFillingTheHiddenFieldIsThankedAndNothingIsKept() throws Exception {
		Journey journey = new Journey(mvc).answerAll(Journey.ANONYMOUS);
		long before = reports.count();

		MvcResult result = journey.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/report/check-answers")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("website", "http://spam.example"));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/report/received");
		assertThat(reports.count()).isEqualTo(before);
	}

	@Test
	void aMapPointIsKeptEncryptedAndOneOutsideTheUkIsRefused() throws Exception {
		Journey journey = new Journey(mvc).answerAll(Journey.ANONYMOUS);

		assertThat(journey.answer("where", "locationDescription", "Bus stop", "wardCode", "E05013630", "latitude", "40.7",
				"longitude", "-74.0").getResponse().getContentAsString()).contains("must be in the UK");
		journey.answer("where", "locationDescription", "Bus stop", "wardCode", "E05013630", "latitude", "51.61234567",
				"longitude", "-0.27")
			.getResponse();
		var sent = journey.sendAndConfirm();

		transactions.executeWithoutResult(status -> assertThat(reports.findByReference(sent.reference()).orElseThrow()
			.getMapPoint()).isEqualTo("51.61235,-0.27000"));
		assertThat(jdbc.sql("select map_point from hate_report where reference = ?").param(sent.reference())
			.query(String.class).single()).doesNotContain("51.6");
	}

	@Test
	void wardBoundariesArePublicForTheMap() throws Exception {
		var response = mvc.perform(get("/geography/wards.geojson")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("FeatureCollection", "Burnt Oak");
		assertThat(response.getHeader("Cache-Control")).contains("max-age=86400");
	}

	@Test
	void theConfirmationCannotBeShownTwice() throws Exception {
		assertThat(mvc.perform(get("/report/confirmation")).andReturn().getResponse().getContentAsString())
			.contains("we show your reference and secret words only once");
	}

}

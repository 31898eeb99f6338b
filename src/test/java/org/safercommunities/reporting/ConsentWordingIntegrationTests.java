package org.safercommunities.reporting;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The consent wording kept with a report is the text the person's page showed, line for line, in their language. */
@IntegrationTest
class ConsentWordingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportRepository reports;

	@Autowired
	TransactionTemplate transactions;

	@ParameterizedTest
	@ValueSource(strings = { "en", "pl", "ar" })
	void theStoredWordingIsWhatThePoliceQuestionsShowed(String language) throws Exception {
		Map<String, String[]> answers = new java.util.HashMap<>(Journey.ANONYMOUS);
		answers.put("police", new String[] { "policeConsent", "YES" });
		answers.remove("not-reporting");
		answers.put("about-you", new String[] { "giveDetails", "YES", "name", "Amina Example", "email", "amina@example.org" });
		Journey journey = Journey.onItsOwnAddress(mvc);
		journey.open("/report?lang=" + language);
		journey.answerAll(answers);
		List<String> policePage = shownOn(journey, "/report/police");
		List<String> identityPage = shownOn(journey, "/report/police-identity");
		journey.answer("police-identity", "identityToPolice", "YES");
		journey.answer("contact", "safeToContact", "YES", "contactMethods", "EMAIL", "contactTimes", "Evenings");
		var sent = journey.sendAndConfirm();

		transactions.executeWithoutResult(status -> {
			var events = reports.findByReference(sent.reference()).orElseThrow().getConsentEvents();
			assertThat(events).extracting(ConsentEvent::getSubject)
				.containsExactly(ConsentEvent.Subject.POLICE_SHARING, ConsentEvent.Subject.IDENTITY_TO_POLICE);
			assertThat(events.get(0).getWordingShown().split("\n")).as("police sharing wording kept, in " + language)
				.containsExactlyElementsOf(policePage);
			assertThat(events.get(1).getWordingShown().split("\n")).as("identity wording kept, in " + language)
				.containsExactlyElementsOf(identityPage);
		});
		assertThat(policePage).as("the page is in " + language).isNotEmpty();
	}

	@Test
	void theWordingIsNotThePageInAnotherLanguage() throws Exception {
		Journey english = Journey.onItsOwnAddress(mvc);
		english.open("/report?lang=en");
		english.answerAll(Journey.ANONYMOUS);
		Journey polish = Journey.onItsOwnAddress(mvc);
		polish.open("/report?lang=pl");
		polish.answerAll(Journey.ANONYMOUS);
		assertThat(shownOn(polish, "/report/police")).isNotEqualTo(shownOn(english, "/report/police"));
	}

	/** Headings, paragraphs, list items, the question and its answers of the page's main column, in order. */
	private static List<String> shownOn(Journey journey, String path) throws Exception {
		Element column = Jsoup.parse(journey.open(path).getResponse().getContentAsString())
			.selectFirst("main .govuk-grid-column-two-thirds");
		assertThat(column).as("main column of " + path).isNotNull();
		return column.select("h1, p.govuk-body, li, legend, label.govuk-radios__label").stream()
			.map(Element::text)
			.filter(text -> !text.isBlank())
			.toList();
	}

}

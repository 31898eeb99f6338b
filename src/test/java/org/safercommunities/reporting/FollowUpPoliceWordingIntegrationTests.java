package org.safercommunities.reporting;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The follow-up page tells the reporter the truth about the police on every consent path, in every language:
 * the right path's sentence is shown and no other path's (a report shared on the serious-harm route is not
 * "as you agreed", nor "not for the police").
 */
@IntegrationTest
class FollowUpPoliceWordingIntegrationTests {

	private static final List<String> LANGUAGES = List.of("en", "en-easyread", "pl", "ro", "tr", "ar", "bn");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	MessageSource messages;

	Cookie officer;

	@BeforeEach
	void anOfficer() throws Exception {
		officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
	}

	@Test
	void everyConsentPathHasItsOwnTruthfulSentenceInEveryLanguage() throws Exception {
		Map<PoliceSharing, Journey> reporters = new HashMap<>();
		reporters.put(PoliceSharing.AGREED_NOT_YET_SHARED, followUp(send(true)));
		reporters.put(PoliceSharing.AGREED_SHARED, followUp(share(send(true), null)));
		reporters.put(PoliceSharing.REFUSED, followUp(send(false)));
		reporters.put(PoliceSharing.SHARED_WITHOUT_CONSENT,
				followUp(share(send(false), "Threats to set fire to the family's home.")));
		reporters.put(PoliceSharing.WITHDRAWN_BEFORE_SHARING, withdraw(followUp(send(true))));
		reporters.put(PoliceSharing.WITHDRAWN_AFTER_SHARING, withdraw(followUp(share(send(true), null))));
		assertThat(reporters.keySet()).containsExactlyInAnyOrder(PoliceSharing.values());

		for (String language : LANGUAGES) {
			Locale locale = Locale.forLanguageTag(language);
			for (Map.Entry<PoliceSharing, Journey> path : reporters.entrySet()) {
				Document page = Jsoup.parse(path.getValue().open("/follow-up/report?lang=" + language).getResponse()
					.getContentAsString());
				String shown = page.select("#police-sharing").text();
				String where = path.getKey() + " in " + language;
				assertThat(shown).as(where).matches(sentence(path.getKey(), locale));
				for (PoliceSharing other : PoliceSharing.values()) {
					if (other != path.getKey()) {
						assertThat(page.body().text()).as(where + " must not say the " + other + " sentence")
							.doesNotContainPattern(sentence(other, locale));
					}
				}
				assertThat(page.select("#withdraw").isEmpty()).as(where + ": the withdraw button")
					.isEqualTo(!path.getKey().canWithdraw());
			}
		}
	}

	@Test
	void inEnglishASeriousHarmShareIsNeitherAgreedNorWithheld() throws Exception {
		Journey reporter = followUp(share(send(false), "Threats to set fire to the family's home."));

		String page = Jsoup.parse(reporter.open("/follow-up/report?lang=en").getResponse().getContentAsString()).text();

		assertThat(page).contains("You did not agree to us sharing your report with the police", "seriously harmed")
			.doesNotContain("as you agreed", "not for the police", "You agreed");
	}

	/** A path's sentence in one language, with its date (if any) matching whatever date was formatted in. */
	private Pattern sentence(PoliceSharing path, Locale locale) {
		String text = messages.getMessage(path.messageKey(), null, locale);
		assertThat(text).as(path.messageKey() + " in " + locale).doesNotContain("??");
		return Pattern.compile(Arrays.stream(text.split("\\{0\\}", -1)).map(Pattern::quote).collect(Collectors.joining(".+?")));
	}

	private ReportSubmission.Submitted send(boolean policeConsent) throws Exception {
		Map<String, String[]> answers = new HashMap<>(Journey.ANONYMOUS);
		if (policeConsent) {
			answers.put("police", new String[] { "policeConsent", "YES" });
			answers.remove("not-reporting");
		}
		return Journey.onItsOwnAddress(mvc).answerAll(answers).sendAndConfirm();
	}

	private ReportSubmission.Submitted share(ReportSubmission.Submitted sent, String seriousHarmReason) throws Exception {
		var request = post("/staff/reports/" + sent.reportId() + "/share").with(csrf()).cookie(officer);
		if (seriousHarmReason != null) {
			request.param("overrideReason", seriousHarmReason);
		}
		assertThat(mvc.perform(request).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/staff/reports/" + sent.reportId());
		return sent;
	}

	private Journey followUp(ReportSubmission.Submitted sent) throws Exception {
		Journey reporter = Journey.onItsOwnAddress(mvc);
		assertThat(reporter.perform(post("/follow-up").with(csrf()).param("reference", sent.reference())
			.param("secret", sent.secret())).getResponse().getRedirectedUrl()).isEqualTo("/follow-up/report");
		return reporter;
	}

	private Journey withdraw(Journey reporter) throws Exception {
		reporter.perform(post("/follow-up/report/withdraw").with(csrf()));
		return reporter;
	}

}

package org.safercommunities.reporting;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.support.DatabaseSearch;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.system.JourneyCookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Anonymous" means no identity anywhere. Someone starts to give their details, changes their mind and sends
 * the report anonymously: nothing they typed about themselves may be left in any table or in the log.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AnonymityIntegrationTests {

	private static final String NAME = "Zephyrine Quillfeather";

	private static final String EMAIL = "zephyrine.q@example.org";

	private static final String PHONE = "07700 900777";

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	ReportDrafts drafts;

	@Autowired
	ReportRepository reports;

	@Autowired
	FieldEncryption encryption;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAnonymousReportLeavesNoIdentityInAnyTableOrLog(CapturedOutput output) throws Exception {
		Journey journey = new Journey(mvc).answerAll(Journey.ANONYMOUS);
		journey.answer("about-you", "giveDetails", "YES", "name", NAME, "email", EMAIL, "phone", PHONE);
		journey.answer("about-you", "giveDetails", "NO", "name", NAME, "email", EMAIL, "phone", PHONE);
		journey.answer("support", Journey.ANONYMOUS.get("support"));

		var sent = journey.send();
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/report/confirmation");

		List<String> found = tablesContaining(NAME, EMAIL, PHONE, "Quillfeather", "07700900777");
		assertThat(found).as("identity left in tables").isEmpty();
		assertThat(output.getAll()).doesNotContain(NAME, EMAIL, PHONE, "Quillfeather");
	}

	@Test
	void anIdentityWithdrawnIsForgottenAtOnceEvenWhenTheJourneyIsAbandoned(CapturedOutput output) throws Exception {
		Journey journey = new Journey(mvc).answerAll(Journey.ANONYMOUS);
		journey.answer("about-you", "giveDetails", "YES", "name", NAME, "email", EMAIL, "phone", PHONE);
		journey.answer("contact", "safeToContact", "YES", "contactMethods", "EMAIL", "contactTimes", "Evenings");
		journey.answer("about-you", "giveDetails", "NO", "name", NAME, "email", EMAIL, "phone", PHONE);
		// The person closes the browser here: nothing is sent.

		ReportAnswers draft = drafts.load(requestWith(journey));
		assertThat(draft.getWhatHappened()).as("the draft is this journey's").startsWith("A man shouted abuse");
		assertThat(new String[] { draft.getName(), draft.getEmail(), draft.getPhone(), draft.getSafeToContact(),
				draft.getContactTimes() }).as("identity kept in the draft after choosing to stay anonymous").containsOnlyNulls();
		assertThat(draft.getContactMethods()).isEmpty();
		assertThat(tablesContaining(NAME, EMAIL, PHONE, "Quillfeather", "07700900777", "A man shouted abuse"))
			.as("typed answers in the clear in a table").isEmpty();
		assertThat(output.getAll()).doesNotContain(NAME, EMAIL, PHONE, "Quillfeather");
	}

	@Test
	void aNamedReportSentKeepsTheIdentityOnlyEncryptedAndItsDraftGoes(CapturedOutput output) throws Exception {
		Journey journey = new Journey(mvc).answerAll(Journey.ANONYMOUS);
		journey.answer("about-you", "giveDetails", "YES", "name", NAME, "email", EMAIL, "phone", PHONE);
		journey.answer("contact", "safeToContact", "YES", "contactMethods", "EMAIL", "contactTimes", "Evenings");
		journey.answer("support", Journey.ANONYMOUS.get("support"));
		String journeyRow = draftRowOf(journey);
		assertThat(jdbc.sql("select count(*) from report_draft where id = ?").param(journeyRow).query(Long.class).single())
			.as("a draft while answering").isEqualTo(1);

		var sent = journey.sendAndConfirm();

		assertThat(reports.findByReference(sent.reference())).as("the report is stored").isPresent();
		assertThat(jdbc.sql("select count(*) from report_draft where id = ?").param(journeyRow).query(Long.class).single())
			.as("the draft after sending").isZero();
		assertThat(tablesContaining(NAME, EMAIL, PHONE, "Quillfeather", "07700900777", "A man shouted abuse",
				sent.secret())).as("typed answers or the secret words in the clear in a table").isEmpty();
		assertThat(output.getAll()).doesNotContain(NAME, EMAIL, PHONE, "Quillfeather", sent.secret());
	}

	@Test
	void abandonedDraftsAreDeletedAnHourAfterTheLastPage() throws Exception {
		Journey journey = new Journey(mvc).answerAll(Journey.ANONYMOUS);
		String row = draftRowOf(journey);
		drafts.removeExpired();
		assertThat(jdbc.sql("select count(*) from report_draft where id = ?").param(row).query(Long.class).single())
			.as("a draft touched just now").isEqualTo(1);

		jdbc.sql("update report_draft set expires_at = ? where id = ?")
			.params(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), row).update();
		assertThat(journey.open("/report/check-answers").getResponse().getRedirectedUrl())
			.as("an expired draft opens nothing").isEqualTo("/report/emergency");
		drafts.removeExpired();

		assertThat(jdbc.sql("select count(*) from report_draft where id = ?").param(row).query(Long.class).single())
			.as("an expired draft after the clean-up").isZero();
	}

	private static MockHttpServletRequest requestWith(Journey journey) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/report/check-answers");
		request.setCookies(journey.cookies.values().toArray(jakarta.servlet.http.Cookie[]::new));
		return request;
	}

	/** The draft row of this journey: the keyed hash of its cookie, as ReportDrafts makes it. */
	private String draftRowOf(Journey journey) {
		assertThat(journey.cookies).as("the journey's cookie").containsKey(JourneyCookie.NAME);
		return encryption.pseudonym("report-draft/" + journey.cookies.get(JourneyCookie.NAME).getValue());
	}

	/** Each place in any table that holds one of the needles (support.DatabaseSearch). */
	private List<String> tablesContaining(String... needles) throws Exception {
		return DatabaseSearch.placesHolding(dataSource, List.of("hate_report", "report_draft", "spring_session_attributes", "audit_entry"), needles);
	}

}

package org.safercommunities.reporting;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safercommunities.centres.CentreListingChanged;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's signposting suggests local services from the directory (through LocalSignposting) that match the
 * report's ward and strands, under the fixed national contacts. Centres are listed through the centres module's
 * public event, so this test needs nothing of the directory module.
 */
@IntegrationTest
class LocalSignpostingIntegrationTests {

	private static final String BURNT_OAK = "E05013630";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestData testData;

	@Test
	void theConfirmationSuggestsServicesForTheReportsWardAndStrandWithTheReason() throws Exception {
		String inWardForReligion = list("Mosque Help", BURNT_OAK, List.of("RELIGION"));
		String elsewhereForOtherStrand = list("LGBT Line", null, List.of("SEXUAL_ORIENTATION"));

		Journey journey = new Journey(mvc).answerAll(Journey.ANONYMOUS);
		journey.send();
		String confirmation = journey.open("/report/confirmation").getResponse().getContentAsString();

		assertThat(confirmation).contains("0800 555 111", "08 08 16 89 111", "Local services near you", inWardForReligion,
				"In your area (Burnt Oak)", "Helps with: Religion or beliefs");
		assertThat(confirmation.indexOf("0800 555 111")).as("under the national contacts")
			.isLessThan(confirmation.indexOf(inWardForReligion));
		assertThat(confirmation).doesNotContain(elsewhereForOtherStrand);
	}

	@Test
	void theNotReportingStepSuggestsThemToo() throws Exception {
		String inWardForReligion = list("Faith Forum", BURNT_OAK, List.of("RELIGION"));
		Journey journey = new Journey(mvc).answerAll(Journey.ANONYMOUS);

		String page = journey.open("/report/not-reporting").getResponse().getContentAsString();

		assertThat(page).contains("Other ways to get help", inWardForReligion, "Helps with: Religion or beliefs");
	}

	private String list(String what, String ward, List<String> strands) {
		String name = TestData.unique("Signpost").replace("-", "") + " " + what;
		long organisation = testData.anOrganisation().getId();
		transactions.executeWithoutResult(status -> events.publishEvent(new CentreListingChanged(organisation, name,
				true, "1 Street", "HA8 0AA", ward, "Weekdays", List.of("en", "pl"), null, true, false, "020 7946 0600",
				null, strands)));
		return name;
	}

}

package org.safercommunities.directory;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The centres module's CentreListingChanged events create, update and hide reporting-centre entries. */
@IntegrationTest
class DirectoryCentreListingIntegrationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DirectoryEntryRepository entries;

	@Autowired
	EntryChangeRepository changes;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Test
	void aCentreIsListedWhileActiveHiddenWhenNotAndUpdatedInPlace() throws Exception {
		long organisation = testData.anOrganisation().getId();
		String name = DirectoryTestData.word("Lantern") + " Centre";

		publish(centre(organisation, name, true, "020 7946 0300"));
		DirectoryEntry entry = entries.findByOrganisationId(organisation).orElseThrow();
		assertThat(entry.getType()).isEqualTo(EntryType.REPORTING_CENTRE);
		assertThat(publicList(name)).contains(name, "Hate Crime Reporting Centre");
		assertThat(page("/directory/" + entry.getSlug())).contains("020 7946 0300", "Polish", "Disability",
				"Paper report forms are available.");

		publish(centre(organisation, name, true, "020 7946 0301"));
		assertThat(entries.findAll().stream().filter(each -> Long.valueOf(organisation).equals(each.getOrganisationId())))
			.as("one entry per centre").hasSize(1);
		assertThat(page("/directory/" + entry.getSlug())).contains("020 7946 0301");

		publish(centre(organisation, name, false, "020 7946 0301"));
		assertThat(entries.findByOrganisationId(organisation).orElseThrow().getStatus()).isEqualTo(EntryStatus.NOT_LISTED);
		assertThat(publicList(name)).doesNotContain(name + "<");
		assertThat(mvc.perform(get("/directory/" + entry.getSlug())).andReturn().getResponse().getStatus()).isEqualTo(404);

		publish(centre(organisation, name, true, "020 7946 0301"));
		assertThat(publicList(name)).contains(name);
		assertThat(changes.findByEntryIdOrderByChangedAtDescIdDesc(entry.getId()).stream().map(EntryChange::getAction))
			.contains(EntryChange.Action.LISTED, EntryChange.Action.UPDATED, EntryChange.Action.UNLISTED);
	}

	@Test
	void aCentreThatIsNotActiveIsNeverPublic() throws Exception {
		long organisation = testData.anOrganisation().getId();
		String name = DirectoryTestData.word("Applicant") + " Centre";

		publish(centre(organisation, name, false, null));

		assertThat(entries.findByOrganisationId(organisation).orElseThrow().isPublic()).isFalse();
		assertThat(publicList(name)).contains("Places found: 0");
	}

	private void publish(CentreListingChanged event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	private static CentreListingChanged centre(long organisation, String name, boolean listed, String phone) {
		return new CentreListingChanged(organisation, name, listed, "3 High Street", "EN5 5SU", "E05013644",
				"Monday to Friday 9 to 5", List.of("en", "pl"), "Step-free", true, true, phone, "centre@centre.example",
				List.of("DISABILITY"));
	}

	private String publicList(String name) throws Exception {
		return page("/directory?q=" + name.split(" ")[0]);
	}

	private String page(String path) throws Exception {
		var response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

}

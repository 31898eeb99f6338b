package org.safercommunities.directory;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The embedded demo's directory holds the organisations the seeds name: the eleven reporting centres (listed
 * through the centres module's events), the signposting form's support services with their phone numbers, Safe Places,
 * the four weekly hubs and a pop-up hub. Same properties as DemoStartIntegrationTests, so the same context.
 */
@IntegrationTest
@TestPropertySource(properties = { "safer.demo.enabled=true", "safer.demo.password=demo-password-2026",
		org.safercommunities.support.DemoDatabase.URL })
@EnabledIfSystemProperty(named = "safer.test.database", matches = "h2|")
class DirectoryDemoIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryEntryRepository entries;

	@Autowired
	DirectoryDemoData demo;

	@Test
	void theDemoDirectoryHoldsWhatTheSeedsName() throws Exception {
		List<DirectoryEntry> all = entries.findAllByOrderByNameAsc();
		assertThat(all.stream().filter(entry -> entry.getType() == EntryType.REPORTING_CENTRE && entry.isPublic())
			.map(DirectoryEntry::getName)).contains("Barnet Homes", "Barnet Mencap", "Barnet Multifaith Forum",
					"Community Barnet", "Community Security Trust", "GALOP", "Hft", "Homeless Action Barnet",
					"Middlesex University", "Your Choice Barnet");
		assertThat(all.stream().filter(entry -> entry.getName().equals("Inclusion Barnet"))).singleElement()
			.as("an applicant centre, not yet eligible, is not listed publicly")
			.satisfies(entry -> assertThat(entry.isPublic()).isFalse());
		assertThat(all.stream().filter(entry -> entry.getType() == EntryType.REPORTING_CENTRE
				&& entry.getName().equals("Barnet Mencap"))).singleElement()
			.satisfies(entry -> assertThat(entry.getOrganisationId()).as("listed by organisation").isNotNull());

		String support = mvc.perform(get("/directory").param("type", "support")).andReturn().getResponse()
			.getContentAsString();
		assertThat(support).contains("Victim Support", "08 08 16 89 111", "Crimestoppers", "0800 555 111", "True Vision");
		assertThat(all.stream().filter(entry -> entry.getType() == EntryType.SAFE_PLACE)).hasSizeGreaterThanOrEqualTo(5);
		assertThat(all.stream().filter(entry -> entry.getType() == EntryType.HUB && entry.getHubWeekday() != null)
			.map(DirectoryEntry::getName)).contains("Community Safety Hub: Chipping Barnet", "Community Safety Hub: Edgware",
					"Community Safety Hub: North Finchley", "Community Safety Hub: West Hendon");
		assertThat(all.stream().filter(entry -> entry.getType() == EntryType.HUB && entry.getPopUpOn() != null)).isNotEmpty();

		long before = entries.count();
		demo.seed();
		assertThat(entries.count()).as("seeding again adds nothing").isEqualTo(before);
	}

}

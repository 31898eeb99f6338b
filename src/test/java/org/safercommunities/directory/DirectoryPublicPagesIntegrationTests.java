package org.safercommunities.directory;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The public directory: search and filters, entry pages, the map data, and what the public must not see. */
@IntegrationTest
class DirectoryPublicPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	DirectoryTestData data;

	String word;

	String support;

	String safePlace;

	String hub;

	@BeforeEach
	void entries() {
		data = DirectoryTestData.from(context);
		word = DirectoryTestData.word("Quokka");
		support = word + " Disability Advice";
		safePlace = word + " Corner Café";
		hub = word + " Monday Hub";
		data.save(EntryType.SUPPORT, DirectoryTestData.aSupportService(support), "a@owner.example", LocalDate.now());
		data.save(EntryType.SAFE_PLACE, DirectoryTestData.aSafePlace(safePlace), "b@owner.example", LocalDate.now());
		data.save(EntryType.HUB, DirectoryTestData.aHub(hub), "c@owner.example", LocalDate.now());
	}

	@Test
	void theListFindsEntriesBySearchWordsAndWorksWithoutJavaScript() throws Exception {
		String page = page("/directory?q=" + word);

		assertThat(page).contains("Find a reporting centre or support", support, safePlace, hub, "Places found: 3")
			.doesNotContain("<script>");
		assertThat(page("/directory?q=" + word + "%20corner")).contains(safePlace).doesNotContain(support, hub);
		assertThat(page("/directory?q=HA8%200LT%20" + word)).as("by postcode").contains(support).doesNotContain(safePlace);
		assertThat(page("/directory?q=burnt%20oak%20" + word)).as("by ward name").contains(support).doesNotContain(hub);
	}

	@Test
	void eachFilterNarrowsTheResults() throws Exception {
		String base = "/directory?q=" + word;
		assertThat(page(base + "&type=safe-place")).contains(safePlace).doesNotContain(support, hub);
		assertThat(page(base + "&ward=" + DirectoryTestData.HENDON)).contains(safePlace).doesNotContain(support, hub);
		assertThat(page(base + "&language=pl")).contains(support).doesNotContain(safePlace, hub);
		assertThat(page(base + "&language=en")).as("English is spoken everywhere").contains(support, safePlace, hub);
		assertThat(page(base + "&access=STEP_FREE")).contains(support).doesNotContain(safePlace, hub);
		assertThat(page(base + "&strand=DISABILITY")).as("the entry for disability, and those for everyone")
			.contains(support, safePlace, hub);
		long raceOnly = data.save(EntryType.SUPPORT, withStrands(DirectoryTestData.aSupportService(word + " Race Equality"),
				List.of("RACE")), "d@owner.example", LocalDate.now());
		assertThat(page(base + "&strand=DISABILITY")).doesNotContain(data.find(raceOnly).getName());
		assertThat(page(base + "&strand=RACE")).contains(data.find(raceOnly).getName()).doesNotContain(support);
	}

	@Test
	void anEntryHasItsOwnPageButTheOwnerContactIsNeverShown() throws Exception {
		long id = data.saveSupport(word + " Victim Care");
		String page = page("/directory/" + data.slugOf(id));

		assertThat(page).contains(word + " Victim Care", "020 7946 0001", "Step-free access", "Disability", "Polish",
				"https://support.example");
		assertThat(page).doesNotContain(data.find(id).getOwnerEmail(), "Owner of");
	}

	@Test
	void removedEntriesAreNotPublic() throws Exception {
		long id = data.saveSupport(word + " Closed Service");
		var transactions = context.getBean(org.springframework.transaction.support.TransactionTemplate.class);
		transactions.executeWithoutResult(status -> context.getBean(DirectoryEntryRepository.class).findById(id)
			.orElseThrow().remove());

		assertThat(page("/directory?q=" + word)).doesNotContain("Closed Service");
		assertThat(mvc.perform(get("/directory/" + data.slugOf(id))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void theMapPageHasTheListAsItsFallbackAndTheDataHasPointsOnly() throws Exception {
		String map = page("/directory/map?q=" + word);
		assertThat(map).contains("directory-map", "/js/directory-map.js", support, safePlace, hub);

		String geoJson = page("/directory/map.geojson?q=" + word);
		assertThat(geoJson).contains("FeatureCollection", support, "-0.26").doesNotContain(safePlace, hub,
				"owner.example");
	}

	@Test
	void publicPagesAreTranslated() throws Exception {
		assertThat(page("/directory?lang=pl&q=" + word)).contains("Znajdź punkt zgłaszania lub wsparcie");
		assertThat(page("/directory/map?lang=ar")).contains("dir=\"rtl\"");
		assertThat(page("/?lang=en")).contains("href=\"/directory\"");
	}

	private String page(String path) throws Exception {
		var response = mvc.perform(get(java.net.URI.create(path))).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	private static EntryDetails withStrands(EntryDetails details, List<String> strands) {
		return new EntryDetails(details.name(), details.summary(), details.address(), details.postcode(),
				details.wardCode(), details.latitude(), details.longitude(), details.phone(), details.email(),
				details.website(), details.openingHours(), List.of("en"), details.accessibility(), List.of(), strands,
				details.categories(), null, null, null, null, null);
	}

}

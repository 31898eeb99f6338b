package org.safercommunities.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** With a tile server configured, the directory map offers it and the policy lets its images in. */
@IntegrationTest
@TestPropertySource(properties = { "safer.maps.tiles-url=https://tiles.example.org/{z}/{x}/{y}.png",
		"safer.maps.tiles-attribution=© OpenStreetMap contributors" })
class MapTilesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theDirectoryMapUsesTheConfiguredTiles() throws Exception {
		mvc.perform(get("/directory/map"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy",
					Matchers.containsString("img-src 'self' data: https://tiles.example.org;")))
			.andExpect(content().string(Matchers.containsString("data-tiles=\"https://tiles.example.org/{z}/{x}/{y}.png\"")))
			.andExpect(content().string(Matchers.containsString("data-tiles-attribution=\"© OpenStreetMap contributors\"")));
	}

}

package org.safercommunities.geography;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class GeographyIntegrationTests {

	static final String BURNT_OAK = "E05013630";

	static final String BARNET = "E09000003";

	@Autowired
	Geography geography;

	@Autowired
	WardBoundaryLoader wardLoader;

	@Autowired
	LondonGeographyLoader londonLoader;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Test
	void aPointInBurntOakLandsInBurntOakAndBarnet() {
		assertThat(geography.wardAt(-0.259881, 51.604392)).contains(new Area(BURNT_OAK, "Burnt Oak"));
		assertThat(geography.boroughAt(-0.259881, 51.604392)).contains(new Area(BARNET, "Barnet"));
		assertThat(geography.place(-0.259881, 51.604392, null))
			.isEqualTo(new Placement(BURNT_OAK, BARNET, Placement.Method.POINT));
	}

	@Test
	void aPointOutsideBarnetHasNoBarnetWardButItsBorough() {
		// Trafalgar Square, Westminster
		assertThat(geography.wardAt(-0.128, 51.508)).isEmpty();
		assertThat(geography.boroughAt(-0.128, 51.508)).map(Area::name).contains("Westminster");
	}

	@Test
	void aPointOutsideLondonIsNowhere() {
		assertThat(geography.wardAt(2.3522, 48.8566)).isEmpty();
		assertThat(geography.boroughAt(2.3522, 48.8566)).isEmpty();
		assertThat(geography.place(2.3522, 48.8566, null).method()).isEqualTo(Placement.Method.NONE);
	}

	@Test
	void anLsoaCodeMapsToItsWardAndBorough() {
		assertThat(geography.wardCodeForLsoa("E01000248")).contains("E05013644");
		assertThat(geography.lsoa("E01000248")).get().satisfies(lsoa -> {
			assertThat(lsoa.wardName()).isEqualTo("High Barnet");
			assertThat(lsoa.boroughCode()).isEqualTo(BARNET);
			assertThat(lsoa.centroidLat()).isBetween(51.6, 51.7);
		});
		assertThat(geography.lsoa("E01999999")).isEmpty();
	}

	@Test
	void withoutAPointTheLsoaDecides() {
		assertThat(geography.place(null, null, "E01000248"))
			.isEqualTo(new Placement("E05013644", BARNET, Placement.Method.LSOA));
		assertThat(geography.place(null, null, null)).isEqualTo(Placement.NOWHERE);
	}

	@Test
	void aPointOutsideTheStoredWardsFallsBackToTheLsoaWard() {
		// Westminster point with a Westminster LSOA: no stored ward boundary, so the look-up gives the ward.
		String westminsterLsoa = jdbc.sql("select code from lsoa where borough_code = 'E09000033' order by code")
			.query(String.class).list().get(0);
		Placement placement = geography.place(-0.128, 51.508, westminsterLsoa);
		assertThat(placement.method()).isEqualTo(Placement.Method.LSOA);
		assertThat(placement.boroughCode()).isEqualTo("E09000033");
		assertThat(placement.wardCode()).isEqualTo(geography.wardCodeForLsoa(westminsterLsoa).orElseThrow());
	}

	@Test
	void boroughsAndPopulationsAreLoaded() {
		assertThat(geography.boroughs()).hasSize(33);
		assertThat(geography.boroughNamed("hammersmith & fulham")).isPresent();
		assertThat(geography.population(BARNET, 2021)).isPresent();
		assertThat(geography.population(BARNET, 2023).getAsInt()).isGreaterThan(380_000);
		assertThat(geography.population(BARNET, 2022)).isEmpty();
	}

	@Test
	void loadingAgainChangesNothing() throws Exception {
		String before = counts();
		String wardsBefore = jdbc.sql("select boundary_geojson from ward where code = ?").param(BURNT_OAK)
			.query(String.class).single();

		wardLoader.run(null);
		londonLoader.run(null);

		assertThat(counts()).isEqualTo(before);
		assertThat(jdbc.sql("select boundary_geojson from ward where code = ?").param(BURNT_OAK).query(String.class)
			.single()).isEqualTo(wardsBefore);
		assertThat(geography.wardAt(-0.259881, 51.604392)).map(Area::code).contains(BURNT_OAK);
	}

	@Test
	void boundariesAreServedAsGeoJsonToStaff() throws Exception {
		Cookie board = SignIn.as(mvc, data.aStaffUser(Role.BOARD).getEmail());

		String wards = mvc.perform(get("/staff/geography/wards.geojson").cookie(board))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/geo+json"))
			.andReturn().getResponse().getContentAsString();
		JsonNode collection = JsonMapper.shared().readTree(wards);
		assertThat(collection.path("type").asString()).isEqualTo("FeatureCollection");
		assertThat(collection.path("features")).hasSize(24);
		assertThat(collection.path("attribution").asString()).contains("Open Government Licence");
		assertThat(GeoJson.read(collection.path("features").get(0).path("geometry")).isValid()).isTrue();

		String boroughs = mvc.perform(get("/staff/geography/boroughs.geojson").cookie(board))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonMapper.shared().readTree(boroughs).path("features")).hasSize(33);
	}

	@Test
	void boundariesNeedSignIn() throws Exception {
		mvc.perform(get("/staff/geography/wards.geojson")).andExpect(status().is3xxRedirection());
	}

	private String counts() {
		return jdbc.sql("""
				select (select count(*) from ward) || '/' || (select count(*) from borough) || '/'
				  || (select count(*) from borough_population) || '/' || (select count(*) from lsoa)""")
			.query(String.class).single();
	}

}

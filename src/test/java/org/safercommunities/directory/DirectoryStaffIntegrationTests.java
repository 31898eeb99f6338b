package org.safercommunities.directory;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Officers' upkeep: who may do it, adding, changing with history, removing and restoring, and form errors. */
@IntegrationTest
class DirectoryStaffIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void officersKeepTheDirectory() throws Exception {
		Cookie staff = SignIn.as(mvc, testData.aStaffUser(Role.OFFICER).getEmail());
		for (String path : new String[] { "/staff/directory", "/staff/directory/new?type=hub",
				"/staff/directory/proposals", "/staff/directory/flagged" }) {
			assertThat(mvc.perform(get(path).cookie(staff)).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
		}
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "CENTRE_WORKER", "COORDINATOR", "POLICE", "PARTNER", "ANALYST", "BOARD",
			"ADMIN" })
	void nobodyElseMay(Role role) throws Exception {
		DirectoryTestData data = DirectoryTestData.from(context);
		long id = data.saveSupport(DirectoryTestData.word("Guarded"));
		Cookie staff = SignIn.as(mvc, testData.aStaffUser(role).getEmail());

		assertThat(mvc.perform(get("/staff/directory").cookie(staff)).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(post("/staff/directory/" + id + "/remove").with(csrf()).cookie(staff)).andReturn()
			.getResponse().getStatus()).isEqualTo(403);
		assertThat(data.find(id).getStatus()).isEqualTo(EntryStatus.PUBLISHED);
	}

	@Test
	void theDirectoryPagesNeedSignIn() throws Exception {
		assertThat(mvc.perform(get("/staff/directory")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login");
	}

	@Test
	void anOfficerAddsChangesRemovesAndRestoresAnEntryAndEveryChangeIsInItsHistory() throws Exception {
		Cookie officer = SignIn.as(mvc, testData.aStaffUser(Role.OFFICER).getEmail());
		String name = DirectoryTestData.word("Badger") + " Law Centre";

		var created = mvc.perform(newSupport(name, "020 7946 0100").cookie(officer)).andReturn().getResponse();
		assertThat(created.getRedirectedUrl()).startsWith("/staff/directory/");
		long id = Long.parseLong(created.getRedirectedUrl().substring("/staff/directory/".length()));
		DirectoryTestData data = DirectoryTestData.from(context);
		assertThat(publicPage(data.slugOf(id))).contains(name, "Legal advice", "020 7946 0100");

		mvc.perform(support("/staff/directory/" + id, name, "020 7946 0200").cookie(officer));
		assertThat(publicPage(data.slugOf(id))).contains("020 7946 0200");

		mvc.perform(post("/staff/directory/" + id + "/remove").with(csrf()).cookie(officer).param("reason", "Closed down"));
		assertThat(mvc.perform(get("/directory/" + data.slugOf(id))).andReturn().getResponse().getStatus()).isEqualTo(404);
		mvc.perform(post("/staff/directory/" + id + "/restore").with(csrf()).cookie(officer));
		assertThat(publicPage(data.slugOf(id))).contains(name);

		String history = mvc.perform(get("/staff/directory/" + id).cookie(officer)).andReturn().getResponse()
			.getContentAsString();
		assertThat(history).contains("Added", "Changed", "phone: “020 7946 0100” → “020 7946 0200”", "Removed",
				"Closed down", "Restored");
		assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'directory_entry' and record_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void aFormWithErrorsSaysWhatIsWrongAndKeepsWhatWasTyped() throws Exception {
		Cookie officer = SignIn.as(mvc, testData.aStaffUser(Role.OFFICER).getEmail());
		String page = mvc.perform(post("/staff/directory").with(csrf()).cookie(officer).param("type", "hub")
			.param("name", "").param("address", "Library").param("hubStarts", "25:99").param("languages", "english!")
			.param("ownerEmail", "owner@hub.example")).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Error: ", "There is a problem", "Enter the name", "Select the day of the week",
				"Enter a time on the 24-hour clock", "Enter language codes", "Enter the name of the person",
				"value=\"Library\"", "value=\"25:99\"", "value=\"owner@hub.example\"", "href=\"#name\"");
	}

	@Test
	void reportingCentresSayTheyAreKeptByTheCentresModule() throws Exception {
		Cookie officer = SignIn.as(mvc, testData.aStaffUser(Role.OFFICER).getEmail());
		long id = DirectoryTestData.from(context).save(EntryType.REPORTING_CENTRE,
				DirectoryTestData.aSupportService(DirectoryTestData.word("Centre")), null, java.time.LocalDate.now());

		assertThat(mvc.perform(get("/staff/directory/" + id).cookie(officer)).andReturn().getResponse()
			.getContentAsString()).contains("kept up to date by the reporting centres pages", "not asked to confirm");
	}

	private MockHttpServletRequestBuilder newSupport(String name, String phone) {
		return support("/staff/directory", name, phone);
	}

	private MockHttpServletRequestBuilder support(String path, String name, String phone) {
		return post(path).with(csrf()).param("type", "support").param("name", name)
			.param("summary", "Free legal advice after hate crime").param("categories", "LEGAL_ADVICE")
			.param("wardCode", DirectoryTestData.HENDON).param("phone", phone).param("languages", "en, ar")
			.param("strands", "RACE").param("ownerName", "Lee Lawyer").param("ownerEmail", "lee@law.example");
	}

	private String publicPage(String slug) throws Exception {
		var response = mvc.perform(get("/directory/" + slug)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

}

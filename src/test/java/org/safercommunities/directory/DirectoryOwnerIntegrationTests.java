package org.safercommunities.directory;

import jakarta.servlet.http.Cookie;

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

/** The owner's one-time link: changes wait for an officer, and the link works once and expires. */
@IntegrationTest
class DirectoryOwnerIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestData testData;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOwnersChangeWaitsForApprovalAndThePublicPageKeepsTheOldDetailsUntilThen() throws Exception {
		DirectoryTestData data = DirectoryTestData.from(context);
		long id = data.saveSupport(DirectoryTestData.word("Owl") + " Advice");
		String publicPage = "/directory/" + data.slugOf(id);
		String link = data.ownerLink(id);

		var sent = mvc.perform(proposal(link, "020 7946 0999", "We moved our phone line")).andReturn().getResponse();
		assertThat(sent.getRedirectedUrl()).isEqualTo("/owner/thank-you");

		assertThat(page(publicPage)).contains("020 7946 0001").doesNotContain("020 7946 0999");
		Cookie officer = SignIn.as(mvc, testData.aStaffUser(Role.OFFICER).getEmail());
		String queue = page(get("/staff/directory/proposals").cookie(officer));
		assertThat(queue).contains(data.find(id).getName(), "020 7946 0001", "020 7946 0999", "We moved our phone line");

		long proposalId = pendingProposalOf(id);
		var approved = mvc.perform(post("/staff/directory/proposals/" + proposalId + "/approve").with(csrf()).cookie(officer))
			.andReturn().getResponse();
		assertThat(approved.getRedirectedUrl()).isEqualTo("/staff/directory/proposals");

		assertThat(page(publicPage)).contains("020 7946 0999").doesNotContain("020 7946 0001");
		String history = page(get("/staff/directory/" + id).cookie(officer));
		assertThat(history).contains("Owner proposed changes", "Owner’s changes approved", "020 7946 0999");
	}

	@Test
	void rejectedChangesAreNotAppliedAndNeedAReason() throws Exception {
		DirectoryTestData data = DirectoryTestData.from(context);
		long id = data.saveSupport(DirectoryTestData.word("Heron") + " Advice");
		mvc.perform(proposal(data.ownerLink(id), "020 7946 0777", null));
		long proposalId = pendingProposalOf(id);
		Cookie officer = SignIn.as(mvc, testData.aStaffUser(Role.OFFICER).getEmail());

		String noReason = page(post("/staff/directory/proposals/" + proposalId + "/reject").with(csrf()).cookie(officer));
		assertThat(noReason).contains("There is a problem", "Enter why you are rejecting the changes");

		var rejected = mvc.perform(post("/staff/directory/proposals/" + proposalId + "/reject").with(csrf()).cookie(officer)
			.param("reason", "That number belongs to another charity")).andReturn().getResponse();
		assertThat(rejected.getRedirectedUrl()).isEqualTo("/staff/directory/proposals");
		assertThat(data.find(id).getPhone()).isEqualTo("020 7946 0001");
		assertThat(page("/directory/" + data.slugOf(id))).doesNotContain("020 7946 0777");
		assertThat(page(get("/staff/directory/" + id).cookie(officer))).contains("That number belongs to another charity");

		assertThat(page(get("/staff/directory/proposals").cookie(officer))).as("the redirect's banner")
			.contains("Changes rejected");
		// A second officer approves the same changes from a page opened before: nothing changes, and they are told
		var late = mvc.perform(post("/staff/directory/proposals/" + proposalId + "/approve").with(csrf()).cookie(officer))
			.andReturn();
		assertThat(late.getResponse().getRedirectedUrl()).isEqualTo("/staff/directory/proposals");
		assertThat((java.util.Map<String, Object>) late.getFlashMap()).as("no success banner").doesNotContainKey("flashSuccess").containsKey("alreadyDecided");
		assertThat(page(get("/staff/directory/proposals").cookie(officer)).replace("&#39;", "'"))
			.contains("Those changes had already been approved or rejected, by you or a colleague, so nothing was changed.");
		assertThat(data.find(id).getPhone()).as("the rejected number is still not published").isEqualTo("020 7946 0001");
		java.util.Map<String, Object> rejectedAgain = mvc.perform(post("/staff/directory/proposals/" + proposalId + "/reject")
			.with(csrf()).cookie(officer).param("reason", "Twice")).andReturn().getFlashMap();
		assertThat(rejectedAgain).containsKey("alreadyDecided");
	}

	@Test
	void theLinkWorksOnceOnly() throws Exception {
		DirectoryTestData data = DirectoryTestData.from(context);
		long id = data.saveSupport(DirectoryTestData.word("Kestrel") + " Advice");
		String link = data.ownerLink(id);

		assertThat(page(link)).as("opening the link does not use it up").contains("Is this entry still right?");
		assertThat(page(link)).contains("Is this entry still right?");
		mvc.perform(post(link + "/confirm").with(csrf()));

		var again = mvc.perform(get(link)).andReturn().getResponse();
		assertThat(again.getStatus()).isEqualTo(404);
		assertThat(again.getContentAsString()).contains("This link does not work");
		var confirmAgain = mvc.perform(post(link + "/confirm").with(csrf())).andReturn().getResponse();
		assertThat(confirmAgain.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(proposal(link, "020 7946 0555", null)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void anExpiredLinkDoesNotWorkAndTheTokenIsStoredOnlyAsAHash() throws Exception {
		DirectoryTestData data = DirectoryTestData.from(context);
		long id = data.saveSupport(DirectoryTestData.word("Swift") + " Advice");
		String link = data.ownerLink(id);
		String token = link.substring("/owner/".length());

		assertThat(jdbc.sql("select count(*) from directory_owner_token where token_hash = ?").param(token)
			.query(Long.class).single()).isZero();
		jdbc.sql("update directory_owner_token set expires_at = ? where token_hash = ?")
			.params(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), OwnerLinks.hash(token)).update();

		assertThat(mvc.perform(get(link)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(post(link + "/confirm").with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/owner/not-a-real-token")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void anOwnersFormWithErrorsKeepsWhatWasTypedAndIsTranslated() throws Exception {
		DirectoryTestData data = DirectoryTestData.from(context);
		long id = data.saveSupport(DirectoryTestData.word("Robin") + " Advice");
		String link = data.ownerLink(id);

		String page = page(proposal(link, "020 7946 0444", null, "not-an-address").param("lang", "pl"));
		assertThat(page).contains("Wpisz adres e-mail w prawidłowym formacie", "020 7946 0444", "not-an-address",
				"href=\"#email\"");
		assertThat(pendingCount(id)).isZero();
		assertThat(page(link)).as("a form with errors does not use the link").contains("Robin");
	}

	private MockHttpServletRequestBuilder proposal(String link, String phone, String note) {
		return proposal(link, phone, note, null);
	}

	private MockHttpServletRequestBuilder proposal(String link, String phone, String note, String email) {
		DirectoryEntry entry = DirectoryTestData.from(context).find(idOf(link));
		EntryForm form = EntryForm.of(entry.details());
		MockHttpServletRequestBuilder request = post(link + "/change").with(csrf())
			.param("name", form.getName()).param("summary", form.getSummary()).param("address", form.getAddress())
			.param("postcode", form.getPostcode()).param("wardCode", form.getWardCode())
			.param("latitude", form.getLatitude()).param("longitude", form.getLongitude()).param("phone", phone)
			.param("email", email == null ? form.getEmail() : email).param("website", form.getWebsite())
			.param("openingHours", form.getOpeningHours()).param("languages", form.getLanguages())
			.param("accessibility", form.getAccessibility());
		form.getAccessFeatures().forEach(code -> request.param("accessFeatures", code));
		form.getStrands().forEach(code -> request.param("strands", code));
		form.getCategories().forEach(code -> request.param("categories", code));
		if (note != null) {
			request.param("ownerNote", note);
		}
		return request;
	}

	private long idOf(String link) {
		String hash = OwnerLinks.hash(link.substring("/owner/".length()));
		return jdbc.sql("select entry_id from directory_owner_token where token_hash = ?").param(hash)
			.query(Long.class).single();
	}

	private long pendingProposalOf(long entryId) {
		return jdbc.sql("select id from directory_proposal where entry_id = ? and status = 'PENDING'").param(entryId)
			.query(Long.class).single();
	}

	private long pendingCount(long entryId) {
		return jdbc.sql("select count(*) from directory_proposal where entry_id = ? and status = 'PENDING'")
			.param(entryId).query(Long.class).single();
	}

	private String page(String path) throws Exception {
		return page(get(path));
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

}

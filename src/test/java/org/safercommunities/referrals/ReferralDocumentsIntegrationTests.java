package org.safercommunities.referrals;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safercommunities.cases.CaseTestData;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.OrganisationType;
import org.safercommunities.security.StaffUser;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.safercommunities.uploads.UploadSamples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * "Documents chosen": the sender ticks which of the case's documents go with a referral; the receiver downloads
 * those and no others (audited on the referral and the case), a document held until scanned stays unavailable as on
 * the case page, and a withdrawal of consent stops further downloads. No scanner runs in this test, so every
 * upload is held; the scheduled scan finding one clean is stood in for by setting its status.
 */
@IntegrationTest
class ReferralDocumentsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReceivingServices services;

	Organisation victimSupport;

	StaffUser partner;

	Cookie officerSession;

	Cookie partnerSession;

	long caseId;

	long letter;

	long held;

	long notChosen;

	@BeforeEach
	void aCaseWithThreeDocuments() throws Exception {
		Organisation council = data.anOrganisation(OrganisationType.COUNCIL);
		victimSupport = data.anOrganisation(OrganisationType.VICTIM_SERVICE);
		services.saveAsSystem(victimSupport.getId(), "Emotional support", 2, false, true, List.of("EMOTIONAL"), true);
		officerSession = SignIn.as(mvc, data.aStaffUser(Role.OFFICER, council).getEmail());
		partner = data.aStaffUser(Role.PARTNER, victimSupport);
		partnerSession = SignIn.as(mvc, partner.getEmail());
		caseId = CaseTestData.openByPhone(mvc, officerSession);
		letter = upload("letter to housing.png");
		held = upload("witness statement.png");
		notChosen = upload("perpetrator photo.png");
		jdbc.sql("update case_document set scan_status = 'CLEAN' where id in (?, ?)").params(letter, notChosen).update();
	}

	@Test
	void theReceiverDownloadsOnlyTheCleanDocumentsTheSenderTicked() throws Exception {
		Document form = Jsoup.parse(page("/staff/referrals/from-case/" + caseId, officerSession));
		assertThat(form.select("input[name=documentIds]").eachAttr("value"))
			.containsExactly(String.valueOf(letter), String.valueOf(held), String.valueOf(notChosen));
		assertThat(form.select("label[for=documentIds-" + held + "]").text())
			.isEqualTo("witness statement.png (held until it is scanned for malware: not available yet)");

		Document preview = Jsoup.parse(content(mvc.perform(sending("/preview", letter, held).cookie(officerSession))
			.andReturn()));
		assertThat(preview.select("#copy-documents li").eachText()).as("the preview names what will go, no links")
			.containsExactly("letter to housing.png",
					"witness statement.png (held until it is scanned for malware: not available yet)");
		assertThat(preview.select("#copy-documents a")).isEmpty();

		long referralId = send(letter, held);
		assertThat(jdbc.sql("select file_name from referral_document where referral_id = ? and document_id = ?")
			.params(referralId, letter).query(String.class).single()).as("the name is encrypted").doesNotContain("letter");

		Document received = Jsoup.parse(page("/staff/referrals/" + referralId, partnerSession));
		assertThat(received.select("#copy-document-" + letter + " a").attr("href"))
			.isEqualTo("/staff/referrals/" + referralId + "/documents/" + letter);
		assertThat(received.select("#copy-document-" + held).text()).contains("held until it is scanned");
		assertThat(received.select("#copy-document-" + held + " a")).isEmpty();
		assertThat(received.text()).as("a document not ticked is not named").doesNotContain("perpetrator photo");

		MockHttpServletResponse download = mvc.perform(get("/staff/referrals/" + referralId + "/documents/" + letter)
			.cookie(partnerSession)).andReturn().getResponse();
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment").contains("letter to housing.png");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getContentAsByteArray()).isNotEmpty();
		assertThat(audited("REFERRAL_DOCUMENT_DOWNLOADED", "referral", referralId)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CASE_DOCUMENT_DOWNLOADED' "
				+ "and record_id = ? and actor_user_id = ?").params(String.valueOf(caseId), partner.getId())
			.query(Long.class).single()).as("audited on the case too").isEqualTo(1);

		assertThat(status("/staff/referrals/" + referralId + "/documents/" + held, partnerSession))
			.as("held until scanned").isEqualTo(404);
		assertThat(status("/staff/referrals/" + referralId + "/documents/" + notChosen, partnerSession))
			.as("not chosen").isEqualTo(404);
		assertThat(status("/staff/cases/" + caseId + "/documents/" + notChosen, partnerSession))
			.as("nor through the case").isEqualTo(404);

		mvc.perform(post("/staff/referrals/" + referralId + "/withdraw-consent").with(csrf()).cookie(officerSession));
		assertThat(status("/staff/referrals/" + referralId + "/documents/" + letter, partnerSession))
			.as("a withdrawal of consent stops further sharing").isEqualTo(404);
		assertThat(Jsoup.parse(page("/staff/referrals/" + referralId, partnerSession))
			.select("#copy-document-" + letter).text()).contains("no longer shared");
	}

	@Test
	void aDocumentNotOnTheCaseIsRefusedWithAClearErrorAndNothingIsSent() throws Exception {
		Document page = Jsoup.parse(content(mvc.perform(sending("", letter, Long.MAX_VALUE).cookie(officerSession))
			.andReturn()));
		assertThat(page.select(".govuk-error-summary__list a[href=#documentIds]").text())
			.isEqualTo("Select documents from the case's list");
		assertThat(page.select("input[name=documentIds][checked]").eachAttr("value")).as("what was ticked is kept").contains(String.valueOf(letter));
		assertThat(jdbc.sql("select count(*) from referral where case_id = ?").param(caseId).query(Long.class).single())
			.isZero();
	}

	private long upload(String name) throws Exception {
		MvcResult added = mvc.perform(multipart("/staff/cases/" + caseId + "/documents")
			.file(new MockMultipartFile("documentFile", name, "application/octet-stream", UploadSamples.image("png")))
			.param("documentDescription", "For the referral").with(csrf()).cookie(officerSession)).andReturn();
		assertThat(added.getResponse().getRedirectedUrl()).as(added.getResponse().getContentAsString()).isNotNull();
		return jdbc.sql("select max(id) from case_document where case_id = ?").param(caseId).query(Long.class).single();
	}

	private long send(long... documents) throws Exception {
		MvcResult result = mvc.perform(sending("", documents).cookie(officerSession)).andReturn();
		String target = result.getResponse().getRedirectedUrl();
		assertThat(target).as(result.getResponse().getContentAsString()).matches("/staff/referrals/\\d+");
		return Long.parseLong(target.substring("/staff/referrals/".length()));
	}

	private MockHttpServletRequestBuilder sending(String step, long... documents) {
		MockHttpServletRequestBuilder request = post("/staff/referrals/from-case/" + caseId + step).with(csrf())
			.param("receivingOrganisationId", String.valueOf(victimSupport.getId())).param("basis", "CONSENT")
			.param("consent", "GIVEN").param("summary", "Noise and threats: would like support")
			.param("shareAccount", "true").param("_shareAccount", "on");
		for (long document : documents) {
			request.param("documentIds", String.valueOf(document));
		}
		return request;
	}

	private long audited(String action, String recordType, long recordId) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and record_type = ? and record_id = ?")
			.params(action, recordType, String.valueOf(recordId)).query(Long.class).single();
	}

	private int status(String path, Cookie who) throws Exception {
		return mvc.perform(get(path).cookie(who)).andReturn().getResponse().getStatus();
	}

	private String page(String path, Cookie who) throws Exception {
		MvcResult result = mvc.perform(get(path).cookie(who)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path + " " + result.getResponse().getContentAsString())
			.isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private static String content(MvcResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}

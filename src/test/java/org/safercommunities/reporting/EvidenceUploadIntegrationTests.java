package org.safercommunities.reporting;

import org.junit.jupiter.api.Test;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.safercommunities.uploads.UploadSamples;
import org.safercommunities.uploads.ScanStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

@IntegrationTest
class EvidenceUploadIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	EvidenceRepository evidence;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPhotoIsCheckedCleanedEncryptedAttachedAndOnlyStaffCanDownloadIt() throws Exception {
		Journey journey = new Journey(mvc).answerAll(Journey.ANONYMOUS);

		String refused = journey.perform(multipart("/report/evidence").file(new MockMultipartFile("files", "photo.jpg",
				"image/jpeg", "<script>alert(1)</script>".getBytes())).param("upload", "true").with(csrf()))
			.getResponse().getContentAsString();
		assertThat(refused).contains("photo.jpg: The file must be a JPG, PNG or PDF");

		byte[] png = UploadSamples.image("png");
		assertThat(journey.perform(multipart("/report/evidence").file(new MockMultipartFile("files", "door.png",
				"image/png", png)).param("upload", "true").with(csrf())).getResponse().getRedirectedUrl())
			.isEqualTo("/report/evidence");
		assertThat(journey.open("/report/check-answers").getResponse().getContentAsString()).contains("door.png");

		var sent = journey.sendAndConfirm();
		var stored = evidence.findByReportId(sent.reportId());
		assertThat(stored).singleElement().satisfies(file -> assertThat(file.getContentType()).isEqualTo("image/png"));
		String rawName = jdbc.sql("select file_name from report_evidence where report_id = ?").param(sent.reportId())
			.query(String.class).single();
		assertThat(rawName).doesNotContain("door");

		var officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		var download = mvc.perform(get("/staff/reports/" + sent.reportId() + "/evidence/" + stored.get(0).getId())
			.cookie(officer)).andReturn().getResponse();
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(download.getContentAsByteArray())).getWidth())
			.isEqualTo(40);

		var worker = SignIn.as(mvc, data.aStaffUser(Role.CENTRE_WORKER).getEmail());
		assertThat(mvc.perform(get("/staff/reports/" + sent.reportId() + "/evidence/" + stored.get(0).getId())
			.cookie(worker)).andReturn().getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void aPublicRequestLargerThanTheEvidenceLimitIsTurnedAwayUnread() throws Exception {
		Journey journey = new Journey(mvc).answerAll(Journey.ANONYMOUS);

		var response = journey.perform(multipart("/report/evidence").file(new MockMultipartFile("files", "big.pdf",
				"application/pdf", new byte[10])).param("upload", "true").with(csrf())
			.with(request -> {
				request.setContent(new byte[52 * 1024 * 1024]); // over 5 files of 10 MB
				return request;
			})).getResponse();

		assertThat(response.getRedirectedUrl()).isEqualTo("/report/evidence?too-large=true");
		assertThat(journey.open("/report/evidence?too-large=true").getResponse().getContentAsString())
			.contains("The file must be smaller than 10MB");
	}

	@Test
	void aPictureBombIsRefusedFromItsHeaderNamingTheFileAndNothingTypedIsLost() throws Exception {
		Journey journey = new Journey(mvc).answerAll(Journey.ANONYMOUS);
		byte[] bomb = UploadSamples.pictureBomb(12_000);

		var response = journey.perform(multipart("/report/evidence").file(new MockMultipartFile("files", "huge.png",
				"image/png", bomb)).param("upload", "true").with(csrf())).getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("govuk-error-summary",
				"huge.png: The picture is too large: it must be smaller than 40 megapixels");
		assertThat(journey.open("/report/check-answers").getResponse().getContentAsString())
			.contains("Bus stop outside Burnt Oak station").doesNotContain("huge.png");
	}

	@Test
	void withoutAScannerFilesAreKeptAsNotYetScannedAndStaffAreTold() throws Exception {
		Journey journey = new Journey(mvc).answerAll(Journey.ANONYMOUS);
		journey.perform(multipart("/report/evidence").file(new MockMultipartFile("files", "photo\u202Egnp.exe",
				"image/png", UploadSamples.image("png"))).param("upload", "true").with(csrf()));
		var sent = journey.sendAndConfirm();

		assertThat(evidence.findByReportId(sent.reportId())).singleElement()
			.satisfies(file -> assertThat(file.getScanStatus()).isEqualTo(ScanStatus.NOT_SCANNED));
		var officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		String page = mvc.perform(get("/staff/reports/" + sent.reportId()).cookie(officer)).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("photognp.exe", "Not yet scanned for viruses",
				"No virus scanner was available when this file was added").doesNotContain("\u202E");
	}

	@Test
	void aNulAndARightToLeftOverrideInANameGiveTheCleanedName() throws Exception {
		Journey journey = new Journey(mvc).answerAll(Journey.ANONYMOUS);

		var response = journey.perform(multipart("/report/evidence").file(new MockMultipartFile("files",
				"do\u0000or\u202Egnp.exe", "image/png", UploadSamples.image("png"))).param("upload", "true")
			.with(csrf())).getResponse();

		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(journey.open("/report/evidence").getResponse().getContentAsString()).contains("doorgnp.exe");
	}

	@Test
	void choosingNoFileIsNamed() throws Exception {
		Journey journey = new Journey(mvc).answerAll(Journey.ANONYMOUS);

		assertThat(journey.perform(multipart("/report/evidence").param("upload", "true").with(csrf()))
			.getResponse().getContentAsString()).contains("<a href=\"#files\">Select a file to add</a>");
	}

}

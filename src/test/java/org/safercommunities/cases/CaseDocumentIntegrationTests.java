package org.safercommunities.cases;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.people.PersonRecordsFinder;
import org.safercommunities.reporting.ReportTestData;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.PdfChecks;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.safercommunities.uploads.FakeClamd;
import org.safercommunities.uploads.UploadSamples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Documents on a case, with an in-test clamd on a loopback port (stopped for the "scanner unavailable" case):
 * a clean file is listed and downloaded as an audited attachment; refusals say exactly why and keep the
 * description; a file kept while the scanner is away is held, not downloadable, until scanned clean; only those
 * who see the whole case see the list or download, and only its workers add.
 */
@IntegrationTest
class CaseDocumentIntegrationTests {

	/** Replaced (on the same port) by the test that stops it. */
	private static FakeClamd CLAMD = start();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ReportTestData reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseDocuments documents;

	@Autowired
	org.safercommunities.uploads.HeldFileScans scans;

	@Autowired
	PersonRecordsFinder personRecords;

	Organisation council;

	Cookie officer;

	long caseId;

	@DynamicPropertySource
	static void scanner(DynamicPropertyRegistry registry) {
		registry.add("safer.evidence.clamd.host", () -> "127.0.0.1");
		int port = CLAMD.port();
		registry.add("safer.evidence.clamd.port", () -> port);
		registry.add("safer.evidence.clamd.timeout", () -> "5s");
		registry.add("safer.cases.documents.max-megabytes", () -> 1);
		registry.add("spring.servlet.multipart.max-file-size", () -> "2MB");
	}

	@AfterAll
	static void stop() throws Exception {
		CLAMD.close();
	}

	@BeforeEach
	void aCaseFromANamedReport() throws Exception {
		council = data.anOrganisation();
		officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER, council).getEmail());
		String name = "Amina " + TestData.unique("Yusuf").replaceAll("[^A-Za-z]", "");
		caseId = CaseTestData.openFrom(mvc, officer, CaseTestData.namedReport(reports, name,
				TestData.unique("amina").replaceAll("[^a-z0-9]", "") + "@example.org", "07700 900444").id(), true);
	}

	@Test
	void aCleanDocumentIsListedOnTheTimelineAndDownloadedAsAnAuditedAttachment() throws Exception {
		byte[] photo = UploadSamples.withExif(UploadSamples.image("jpeg"), UploadSamples.GPS_MARKER);

		MockHttpServletResponse added = upload(officer, "door photo.jpg", photo, "Damage to the front door");

		assertThat(added.getRedirectedUrl()).isEqualTo("/staff/cases/" + caseId + "#documents");
		assertThat(added.getContentAsString()).isEmpty();
		String page = body(get("/staff/cases/" + caseId), officer);
		long documentId = onlyDocument();
		assertThat(page).contains("Document added: door photo.jpg", "Damage to the front door", "Scanned: no virus found",
				"/staff/cases/" + caseId + "/documents/" + documentId + "\"");
		assertThat(jdbc.sql("select count(*) from case_timeline_entry where case_id = ? and kind = 'DOCUMENT'")
			.param(caseId).query(Long.class).single()).isEqualTo(1);
		String rawName = jdbc.sql("select file_name from case_document where id = ?").param(documentId)
			.query(String.class).single();
		assertThat(rawName).as("the name is encrypted").doesNotContain("door");
		byte[] rawContent = jdbc.sql("select content from case_document where id = ?").param(documentId)
			.query(byte[].class).single();
		assertThat(new String(rawContent, StandardCharsets.ISO_8859_1)).doesNotContain("JFIF", "GPSLatitude");

		MockHttpServletResponse download = mvc.perform(get("/staff/cases/" + caseId + "/documents/" + documentId)
			.cookie(officer)).andReturn().getResponse();

		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentType()).isEqualTo("image/jpeg");
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment").contains("door photo.jpg");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getHeader("Cache-Control")).isEqualTo("no-store");
		byte[] content = download.getContentAsByteArray();
		assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(content)).getWidth()).isEqualTo(40);
		assertThat(new String(content, StandardCharsets.ISO_8859_1)).as("metadata stripped").doesNotContain("GPSLatitude");
		assertThat(audited("CASE_DOCUMENT_DOWNLOADED")).isEqualTo(1);
		assertThat(audited("CASE_DOCUMENTS_VIEWED")).isPositive();
		assertThat(mvc.perform(get("/staff/cases/" + caseId + "/documents/999999999").cookie(officer)).andReturn()
			.getResponse().getStatus()).isEqualTo(404);

		long personId = jdbc.sql("select person_id from case_party where case_id = ?").param(caseId).query(Long.class)
			.list().get(0);
		assertThat(personRecords.everythingHeldAbout(personId))
			.anySatisfy(record -> assertThat(record.recordType() + " " + record.recordId()).isEqualTo("case_document " + documentId));
	}

	@Test
	void eachRefusalSaysWhyKeepsTheDescriptionAndAddsNothing() throws Exception {
		assertThat(refused("page.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
			.contains("The document must be a JPG, PNG or PDF");
		assertThat(refused("big.png", new byte[1024 * 1024 + 1])).contains("The document must be smaller than 1MB");
		assertThat(refused("huge.png", UploadSamples.pictureBomb(12_000)))
			.contains("The picture is too large: it must be smaller than 40 megapixels");
		assertThat(refused("letter.pdf", UploadSamples.pdfWithEmbeddedFile(UploadSamples.EICAR, false)))
			.contains("The document contains a virus, so it has not been added");

		MockHttpServletResponse overServerLimit = mvc.perform(multipart("/staff/cases/" + caseId + "/documents")
			.file(file("scan.pdf", new byte[10])).param("documentDescription", "Scan").with(csrf()).cookie(officer)
			.with(request -> {
				request.setContent(new byte[2 * 1024 * 1024 + 1]); // the body's length, as the container sees it
				return request;
			})).andReturn().getResponse();
		assertThat(overServerLimit.getRedirectedUrl()).as("turned away before the form is read")
			.isEqualTo("/staff/cases/" + caseId + "?document-too-large=true#documents");
		assertThat(body(get("/staff/cases/" + caseId).param("document-too-large", "true"), officer))
			.contains("id=\"documentFile-too-large\"", "The document must be smaller than 1MB");

		String noFile = mvc.perform(multipart("/staff/cases/" + caseId + "/documents").with(csrf()).cookie(officer)
			.param("documentDescription", "")).andReturn().getResponse().getContentAsString();
		assertThat(noFile).contains("<a href=\"#documentFile\">Select a document to add</a>",
				"<a href=\"#documentDescription\">Enter what the document is</a>");
		assertThat(jdbc.sql("select count(*) from case_document where case_id = ?").param(caseId).query(Long.class)
			.single()).isZero();
	}

	@Test
	void aDocumentAddedWhileTheScannerIsAwayIsHeldUntilScannedClean() throws Exception {
		int port = CLAMD.port();
		CLAMD.close();
		FakeClamd back = null;
		try {
			MockHttpServletResponse added = upload(officer, "statement.png", UploadSamples.image("png"), "Witness statement");
			assertThat(added.getRedirectedUrl()).isEqualTo("/staff/cases/" + caseId + "#documents");
			long documentId = onlyDocument();
			String page = body(get("/staff/cases/" + caseId), officer);
			assertThat(page).contains("statement.png", "Held until scanned",
					"No virus scanner is available at the moment, so it is held")
				.doesNotContain("/documents/" + documentId + "\"");
			assertThat(status(get("/staff/cases/" + caseId + "/documents/" + documentId), officer))
				.as("not downloadable before it is clean").isEqualTo(404);
			assertThat(scans.scan(documents)).as("nothing to scan with").isZero();

			back = new FakeClamd(port);
			assertThat(scans.scan(documents)).isPositive();

			assertThat(status(get("/staff/cases/" + caseId + "/documents/" + documentId), officer)).isEqualTo(200);
			assertThat(body(get("/staff/cases/" + caseId), officer)).contains("Scanned: no virus found");
		}
		finally {
			CLAMD = back != null ? back : new FakeClamd(port);
		}
	}

	@Test
	void aDocumentFoundInfectedLaterIsQuarantinedAndTheTimelineSaysSo() throws Exception {
		int port = CLAMD.port();
		CLAMD.close();
		FakeClamd back = null;
		try {
			upload(officer, "letter.png", UploadSamples.image("png"), "Warning letter");
			long documentId = onlyDocument();
			back = new FakeClamd(port);
			back.findInEverything("Win.Test.Later-1");
			assertThat(scans.scan(documents)).isPositive();

			String page = body(get("/staff/cases/" + caseId), officer);
			assertThat(page).contains("Quarantined", "The virus scanner found Win.Test.Later-1 in this document",
					"Document quarantined, the virus scanner found a virus: letter.png");
			assertThat(status(get("/staff/cases/" + caseId + "/documents/" + documentId), officer)).isEqualTo(404);
		}
		finally {
			if (back == null) {
				back = new FakeClamd(port);
			}
			back.findInEverything(null);
			CLAMD = back;
		}
	}

	@Test
	void aLockedShareSeesNeitherTheListNorTheDownloadAndAWholeShareReadsButDoesNotAdd() throws Exception {
		upload(officer, "door.png", UploadSamples.image("png"), "Front door");
		long documentId = onlyDocument();
		Organisation locked = data.anOrganisation();
		Organisation whole = data.anOrganisation();
		share(locked, "LOCKED");
		share(whole, "WHOLE");
		Cookie lockedPartner = SignIn.as(mvc, data.aStaffUser(Role.PARTNER, locked).getEmail());
		Cookie wholePartner = SignIn.as(mvc, data.aStaffUser(Role.PARTNER, whole).getEmail());
		Cookie stranger = SignIn.as(mvc, data.aStaffUser(Role.OFFICER, data.anOrganisation()).getEmail());

		assertThat(body(get("/staff/cases/" + caseId), lockedPartner)).doesNotContain("door.png", "Front door");
		assertThat(status(get("/staff/cases/" + caseId + "/documents/" + documentId), lockedPartner)).isEqualTo(404);
		assertThat(status(get("/staff/cases/" + caseId + "/documents/" + documentId), stranger)).isEqualTo(404);
		assertThat(status(multipart("/staff/cases/" + caseId + "/documents").file(file("x.png", UploadSamples.image("png")))
			.param("documentDescription", "Mine").with(csrf()), stranger)).isEqualTo(404);

		assertThat(body(get("/staff/cases/" + caseId), wholePartner)).contains("door.png", "Front door")
			.doesNotContain("id=\"add-document\"");
		assertThat(status(get("/staff/cases/" + caseId + "/documents/" + documentId), wholePartner)).isEqualTo(200);
		assertThat(status(multipart("/staff/cases/" + caseId + "/documents").file(file("x.png", UploadSamples.image("png")))
			.param("documentDescription", "Mine").with(csrf()), wholePartner)).isEqualTo(403);
	}

	@Test
	void theCaseReportListsTheDocumentNamesWhenChosen() throws Exception {
		upload(officer, "warning letter.png", UploadSamples.image("png"), "Warning letter sent");

		MockHttpServletResponse pdf = mvc.perform(get("/staff/cases/" + caseId + "/report.pdf").cookie(officer)
			.param("recipient", String.valueOf(council.getId())).param("sections", "SUMMARY", "DOCUMENTS")).andReturn()
			.getResponse();
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		String text = PdfChecks.text(pdf.getContentAsByteArray()).replaceAll("\\s+", " ");
		assertThat(text).contains("Documents", "warning letter.png", "Warning letter sent");

		String withoutDocuments = PdfChecks.text(mvc.perform(get("/staff/cases/" + caseId + "/report.pdf").cookie(officer)
			.param("recipient", String.valueOf(council.getId())).param("sections", "SUMMARY")).andReturn().getResponse()
			.getContentAsByteArray());
		assertThat(withoutDocuments).doesNotContain("warning letter.png");
	}

	private String refused(String name, byte[] content) throws Exception {
		MockHttpServletResponse response = upload(officer, name, content, "Typed description " + name);
		assertThat(response.getStatus()).as(name + ": the case page again, not a redirect").isEqualTo(200);
		String page = response.getContentAsString();
		assertThat(page).contains("govuk-error-summary", "<a href=\"#documentFile\">", "Typed description " + name);
		return page;
	}

	private MockHttpServletResponse upload(Cookie who, String name, byte[] content, String description) throws Exception {
		return mvc.perform(multipart("/staff/cases/" + caseId + "/documents").file(file(name, content))
			.param("documentDescription", description).with(csrf()).cookie(who)).andReturn().getResponse();
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("documentFile", name, "application/octet-stream", content);
	}

	private long onlyDocument() {
		return jdbc.sql("select id from case_document where case_id = ?").param(caseId).query(Long.class).single();
	}

	private long audited(String action) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and record_id = ?").param(action)
			.param(String.valueOf(caseId)).query(Long.class).single();
	}

	private void share(Organisation with, String level) throws Exception {
		assertThat(status(post("/staff/cases/" + caseId + "/shares").with(csrf())
			.param("organisationId", String.valueOf(with.getId())).param("level", level)
			.param("shareReason", "Joint working"), officer)).as("sharing " + level).isEqualTo(302);
	}

	private String body(AbstractMockHttpServletRequestBuilder<?> request, Cookie who) throws Exception {
		return mvc.perform(request.cookie(who)).andReturn().getResponse().getContentAsString();
	}

	private int status(AbstractMockHttpServletRequestBuilder<?> request, Cookie who) throws Exception {
		return mvc.perform(request.cookie(who)).andReturn().getResponse().getStatus();
	}

	private static FakeClamd start() {
		try {
			return new FakeClamd();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

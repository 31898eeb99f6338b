package org.safercommunities.reporting;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.safercommunities.uploads.UploadSamples;
import org.safercommunities.uploads.FakeClamd;
import org.safercommunities.uploads.ScanStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Uploads with a malware scanner configured (an in-test clamd on a loopback port): infected files are refused at
 * upload, the others kept as scanned; files kept while the scanner was away are scanned later, and one found
 * infected then is quarantined.
 */
@IntegrationTest
class EvidenceScanningIntegrationTests {

	/** Replaced (on the same port) by the test that stops it. */
	private static FakeClamd CLAMD = start();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	EvidenceRepository evidence;

	@Autowired
	WaitingEvidenceScan waitingScan;

	@DynamicPropertySource
	static void scanner(DynamicPropertyRegistry registry) {
		registry.add("safer.evidence.clamd.host", () -> "127.0.0.1");
		int port = CLAMD.port();
		registry.add("safer.evidence.clamd.port", () -> port);
		registry.add("safer.evidence.clamd.timeout", () -> "5s");
	}

	@AfterAll
	static void stop() throws Exception {
		CLAMD.close();
	}

	@Test
	void eicarHiddenInAPdfIsRefusedAtUploadWithAClearMessage() throws Exception {
		Journey journey = new Journey(mvc).answerAll(Journey.ANONYMOUS);
		// Attached uncompressed, so the in-test scanner sees it; the rebuilt PDF would not carry it.
		byte[] pdf = UploadSamples.pdfWithEmbeddedFile(UploadSamples.EICAR, false);
		assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains(UploadSamples.EICAR);
		int scansBefore = CLAMD.streamsScanned.size();

		String page = journey.perform(multipart("/report/evidence").file(new MockMultipartFile("files", "letter.pdf",
				"application/pdf", pdf)).param("upload", "true").with(csrf())).getResponse().getContentAsString();

		assertThat(page).contains("letter.pdf: The file contains a virus, so we cannot accept it");
		assertThat(CLAMD.streamsScanned.subList(scansBefore, CLAMD.streamsScanned.size())).as("the original scanned")
			.containsExactly(pdf.length);
		assertThat(journey.open("/report/check-answers").getResponse().getContentAsString())
			.contains("Bus stop outside Burnt Oak station").doesNotContain("letter.pdf");
	}

	@Test
	void aCleanFileIsScannedBeforeAndAfterCleaningAndStaffSeeItWasScanned() throws Exception {
		Journey journey = new Journey(mvc).answerAll(Journey.ANONYMOUS);
		byte[] pdf = UploadSamples.pdfWithJavaScriptOpenAction();
		int scansBefore = CLAMD.streamsScanned.size();

		journey.perform(multipart("/report/evidence").file(new MockMultipartFile("files", "letter.pdf",
				"application/pdf", pdf)).param("upload", "true").with(csrf()));
		var sent = journey.sendAndConfirm();

		assertThat(CLAMD.streamsScanned.size() - scansBefore).as("original and rebuilt file").isEqualTo(2);
		var stored = evidence.findByReportId(sent.reportId());
		assertThat(stored).singleElement().satisfies(file -> {
			assertThat(file.getScanStatus()).isEqualTo(ScanStatus.CLEAN);
			assertThat(file.getScannedAt()).isNotNull();
		});
		var officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		assertThat(mvc.perform(get("/staff/reports/" + sent.reportId()).cookie(officer)).andReturn().getResponse()
			.getContentAsString()).contains("Scanned: no virus found");
	}

	@Test
	void filesKeptWhileTheScannerWasAwayAreScannedLaterAndAnInfectedOneIsQuarantined() throws Exception {
		Journey journey = new Journey(mvc).answerAll(Journey.ANONYMOUS);
		FakeClamd away = null;
		int port = CLAMD.port();
		CLAMD.close();
		try {
			journey.perform(multipart("/report/evidence").file(new MockMultipartFile("files", "door.png", "image/png",
					UploadSamples.image("png"))).param("upload", "true").with(csrf()));
			var sent = journey.sendAndConfirm();
			long fileId = evidence.findByReportId(sent.reportId()).get(0).getId();
			assertThat(evidence.findById(fileId).orElseThrow().getScanStatus()).as("kept, not lost")
				.isEqualTo(ScanStatus.NOT_SCANNED);
			assertThat(waitingScan.scanWaiting()).as("nothing to scan with").isZero();

			// The scanner is back, with signatures that now find something in the file.
			away = new FakeClamd(port);
			away.findInEverything("Win.Test.Later-1");
			assertThat(waitingScan.scanWaiting()).isPositive();

			Evidence quarantined = evidence.findById(fileId).orElseThrow();
			assertThat(quarantined.getScanStatus()).isEqualTo(ScanStatus.INFECTED);
			assertThat(quarantined.getThreatName()).isEqualTo("Win.Test.Later-1");
			var officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
			String page = mvc.perform(get("/staff/reports/" + sent.reportId()).cookie(officer)).andReturn()
				.getResponse().getContentAsString();
			assertThat(page).contains("Quarantined",
					"The virus scanner found Win.Test.Later-1 in this file. It has been quarantined and cannot be downloaded.")
				.doesNotContain("/evidence/" + fileId + "\"");
			assertThat(mvc.perform(get("/staff/reports/" + sent.reportId() + "/evidence/" + fileId).cookie(officer))
				.andReturn().getResponse().getStatus()).isEqualTo(404);
		}
		finally {
			if (away == null) {
				away = new FakeClamd(port);
			}
			away.findInEverything(null);
			CLAMD = away;
		}
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

package org.safercommunities.imports;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ImportWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ImportLog log;

	Cookie analyst;

	@BeforeEach
	void signIn() throws Exception {
		analyst = SignIn.as(mvc, data.aStaffUser(Role.ANALYST).getEmail());
	}

	@Test
	void anAnalystUploadsAFileFollowsItAndDownloadsTheRejectedRows() throws Exception {
		byte[] csv = Files.readAllBytes(ImportTestFiles.copy("police-uk/2023-02-city-of-london-street.csv",
				"2023-04-city-of-london-street.csv", text -> text.replace(",2023-02,", ",2023-04,")
					.replace(",2023-03,", ",2023-05,")).path());

		MvcResult upload = mvc.perform(multipart("/staff/imports")
			.file(new MockMultipartFile("files", "2023-04-city-of-london-street.csv", "text/csv", csv))
			.param("kind", "POLICE_UK_STREET")
			.cookie(analyst)
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String page = upload.getResponse().getRedirectedUrl();
		assertThat(page).matches("/staff/imports/\\d+");
		long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
		PoliceImport done = awaitFinished(id);
		assertThat(done.status()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(done.rowsImported()).isEqualTo(2);

		mvc.perform(get(page).cookie(analyst))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Completed")))
			.andExpect(content().string(containsString("rejections.csv")))
			.andExpect(content().string(containsString("Source: data.police.uk")));
		mvc.perform(get("/staff/imports").cookie(analyst))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2023-04-city-of-london-street.csv")));
		mvc.perform(get(page + "/rejections.csv").cookie(analyst))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().string(containsString("Crime type \u2018Littering\u2019 is not a police.uk crime type")));
	}

	@Test
	void aHeldFileIsShownWithItsCountsAndReplacedOrUndoneByPost() throws Exception {
		PoliceImport full = upload(GuardedImportIntegrationTests.metMonth("2019-12", 35));
		assertThat(full.status()).isEqualTo(ImportStatus.COMPLETED);
		PoliceImport held = upload(GuardedImportIntegrationTests.metMonth("2019-12", 4));
		assertThat(held.status()).isEqualTo(ImportStatus.HELD);

		mvc.perform(get("/staff/imports/" + held.id()).cookie(analyst))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Waiting for you")))
			.andExpect(content().string(containsString("This file has 4 rows where the data held has 35")))
			.andExpect(content().string(containsString("Before and after")))
			.andExpect(content().string(containsString("Barnet")))
			.andExpect(content().string(containsString("action=\"/staff/imports/" + held.id() + "/replace\"")))
			.andExpect(content().string(containsString("action=\"/staff/imports/" + held.id() + "/discard\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(not(containsString("govuk-notification-banner--success"))));
		mvc.perform(get("/staff/imports").cookie(analyst))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Waiting for you to confirm")))
			.andExpect(content().string(containsString("Burglary only: this file was filtered")));

		// Without the CSRF token nothing happens.
		mvc.perform(post("/staff/imports/" + held.id() + "/replace").cookie(analyst)).andExpect(status().isForbidden());
		assertThat(log.find(held.id()).orElseThrow().status()).isEqualTo(ImportStatus.HELD);

		mvc.perform(post("/staff/imports/" + held.id() + "/replace").cookie(analyst).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(log.find(held.id()).orElseThrow().status()).isEqualTo(ImportStatus.COMPLETED);
		mvc.perform(get("/staff/imports/" + held.id()).cookie(analyst))
			.andExpect(content().string(containsString("Undo this replacement")))
			.andExpect(content().string(containsString("Discard the previous data")));

		mvc.perform(post("/staff/imports/" + held.id() + "/undo").cookie(analyst).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(log.find(held.id()).orElseThrow().status()).isEqualTo(ImportStatus.UNDONE);
		assertThat(log.find(full.id()).orElseThrow().status()).isEqualTo(ImportStatus.COMPLETED);
	}

	@Test
	void aFailedImportIsNeverAnnouncedAsASuccess() throws Exception {
		MvcResult upload = mvc.perform(multipart("/staff/imports")
			.file(new MockMultipartFile("files", "2019-12-nothing-street.csv", "text/csv", "Crime ID,Month\n".getBytes()))
			.param("kind", "POLICE_UK_STREET")
			.cookie(analyst)
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String page = upload.getResponse().getRedirectedUrl();

		mvc.perform(get(page).cookie(analyst).flashAttrs(upload.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Important")))
			.andExpect(content().string(containsString("Could not be imported: 1")))
			.andExpect(content().string(not(containsString("govuk-notification-banner--success"))))
			.andExpect(content().string(containsString("govuk-tag--red")));
		mvc.perform(get("/staff/imports").cookie(analyst))
			.andExpect(content().string(containsString("Failed imports")));
	}

	@Test
	void anEmptyFileIsNamedAsEmpty() throws Exception {
		mvc.perform(multipart("/staff/imports")
			.file(new MockMultipartFile("files", "2024-02-metropolitan-street.csv", "text/csv", new byte[0]))
			.param("kind", "POLICE_UK_STREET")
			.cookie(analyst)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The selected file 2024-02-metropolitan-street.csv is empty")))
			.andExpect(content().string(not(containsString("Select at least one CSV file"))));
	}

	private PoliceImport upload(ImportFile file) throws Exception {
		MvcResult upload = mvc.perform(multipart("/staff/imports")
			.file(new MockMultipartFile("files", file.fileName(), "text/csv", Files.readAllBytes(file.path())))
			.param("kind", "POLICE_UK_STREET")
			.cookie(analyst)
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String page = upload.getResponse().getRedirectedUrl();
		return awaitFinished(Long.parseLong(page.substring(page.lastIndexOf('/') + 1)));
	}

	@Test
	void theProgressStreamEndsWithADoneEvent() throws Exception {
		long id = log.create(ImportKind.POLICE_UK_STREET, "done.csv", "0".repeat(64), "test-force", "Test force",
				null, ImportStatus.COMPLETED, null, null);

		MvcResult result = mvc.perform(get("/staff/imports/" + id + "/progress").cookie(analyst))
			.andExpect(request().asyncStarted())
			.andReturn();
		Instant deadline = Instant.now().plusSeconds(10);
		while (!result.getResponse().getContentAsString().contains("event:done") && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		assertThat(result.getResponse().getContentAsString()).contains("event:done").contains("\"status\":\"COMPLETED\"");
	}

	@Test
	void anUploadWithoutFilesOrOfTheWrongTypeIsRefusedWithGovUkErrors() throws Exception {
		mvc.perform(multipart("/staff/imports").param("kind", "POLICE_UK_STREET").cookie(analyst).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Error: Import police data")))
			.andExpect(content().string(containsString("href=\"#files\"")))
			.andExpect(content().string(containsString("Select at least one CSV file")));
		mvc.perform(multipart("/staff/imports")
			.file(new MockMultipartFile("files", "photo.png", "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0 }))
			.param("kind", "POLICE_UK_STREET")
			.cookie(analyst)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The selected file photo.png must be a CSV")));
	}

	@Test
	void aCentreWorkerCannotSeeOrUseImports() throws Exception {
		Cookie worker = SignIn.as(mvc, data.aStaffUser(Role.CENTRE_WORKER).getEmail());
		long id = log.create(ImportKind.POLICE_UK_STREET, "x.csv", "1".repeat(64), null, null, null,
				ImportStatus.FAILED, "imports.failed.empty", null);

		mvc.perform(get("/staff/imports").cookie(worker)).andExpect(status().isForbidden());
		mvc.perform(get("/staff/imports/" + id).cookie(worker)).andExpect(status().isForbidden());
		mvc.perform(get("/staff/imports/" + id + "/rejections.csv").cookie(worker)).andExpect(status().isForbidden());
		mvc.perform(get("/staff/imports/" + id + "/progress").cookie(worker)).andExpect(status().isForbidden());
		mvc.perform(multipart("/staff/imports")
			.file(new MockMultipartFile("files", "2023-01-city-of-london-street.csv", "text/csv", "a,b\n".getBytes()))
			.param("kind", "POLICE_UK_STREET")
			.cookie(worker)
			.with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/staff").cookie(worker)).andExpect(content().string(not(containsString("href=\"/staff/imports\""))));
		mvc.perform(get("/staff").cookie(analyst)).andExpect(content().string(containsString("href=\"/staff/imports\"")));
	}

	/** DESIGN section 1 gives imports to the analyst; the administrator keeps users and organisations. */
	@Test
	void anAdministratorMayNotImport() throws Exception {
		Cookie admin = SignIn.as(mvc, data.aStaffUser(Role.ADMIN).getEmail());
		mvc.perform(get("/staff/imports").cookie(admin)).andExpect(status().isForbidden());
		mvc.perform(multipart("/staff/imports")
			.file(new MockMultipartFile("files", "2023-01-city-of-london-street.csv", "text/csv", "a,b\n".getBytes()))
			.param("kind", "POLICE_UK_STREET")
			.cookie(admin)
			.with(csrf()))
			.andExpect(status().isForbidden());
	}

	private PoliceImport awaitFinished(long id) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		PoliceImport current = log.find(id).orElseThrow();
		while (!current.status().finished() && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
			current = log.find(id).orElseThrow();
		}
		return current;
	}

}

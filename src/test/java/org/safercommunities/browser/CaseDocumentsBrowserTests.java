package org.safercommunities.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.safercommunities.security.StaffUser;
import org.safercommunities.shared.Role;
import org.safercommunities.uploads.UploadSamples;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document added to a case in a real browser, through the servlet container's multipart parsing and the CSRF
 * check: a form sent without a file comes back with the description as typed; with a photo, it is listed, held
 * until scanned (no scanner in these tests), with no download link. Both pages checked with axe-core.
 */
class CaseDocumentsBrowserTests extends BrowserTest {

	@Test
	void anOfficerAddsADocumentAfterForgettingToChooseTheFile() throws Exception {
		StaffUser officer = data.aStaffUser(Role.OFFICER, data.anOrganisation());
		signIn(officer.getEmail());
		open("/staff/cases/new");
		new Select(driver.findElement(By.id("typeCode"))).selectByValue("ASB_NUISANCE");
		driver.findElement(By.id("title")).sendKeys("Damage to a front door");
		driver.findElement(By.cssSelector("input[name=source][value=PHONE]")).click();
		submit(driver.findElement(By.id("open-case")));
		String caseAddress = path();
		assertThat(caseAddress).matches("/staff/cases/\\d+");
		assertThat(driver.findElement(By.id("documents")).getText()).contains("No documents have been added to this case");

		driver.findElement(By.id("documentDescription")).sendKeys("Photo of the damage");
		submit(driver.findElement(By.id("add-document-button")));
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).contains("Select a document to add");
		assertThat(driver.findElement(By.id("documentDescription")).getAttribute("value")).as("nothing typed is lost")
			.isEqualTo("Photo of the damage");
		Browser.assertAccessible(driver);

		Path photo = Files.createTempFile("front-door", ".png");
		Files.write(photo, UploadSamples.image("png"));
		driver.findElement(By.id("documentFile")).sendKeys(photo.toString());
		submit(driver.findElement(By.id("add-document-button")));

		assertThat(path()).isEqualTo(caseAddress + "#documents");
		String documents = driver.findElement(By.id("documents")).getText();
		assertThat(documents).contains(photo.getFileName().toString(), "Photo of the damage", "Held until scanned");
		assertThat(driver.findElements(By.cssSelector("#case-documents a"))).as("no download before it is clean").isEmpty();
		assertThat(driver.findElement(By.id("timeline")).getText()).contains("Document added: " + photo.getFileName());
		Browser.assertAccessible(driver);
		Files.deleteIfExists(photo);
	}

}

package org.safercommunities.browser;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.safercommunities.people.Address;
import org.safercommunities.people.People;
import org.safercommunities.people.PersonDetails;
import org.safercommunities.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's subject access pages in a real browser, checked with axe-core: find, the person, the errors. */
class SubjectAccessBrowserTests extends BrowserTest {

	@Autowired
	People people;

	@Test
	void theAdministratorFindsThePersonSeesWhatIsHeldAndIsToldTheRequestReferenceIsMissing() {
		long id = people.record(new PersonDetails("Philippa", "Accessbrowse", List.of(), null,
				List.of(new Address("9 Test Row", null, "London", "NW4 9ZZ")), "07700 900654", null, Map.of(), Set.of(),
				null, null), "test");
		signIn(data.aStaffUser(Role.ADMIN).getEmail());

		open("/staff/admin/subject-access");
		assertThat(heading()).isEqualTo("Subject access requests");
		Browser.assertAccessible(driver);

		driver.findElement(By.id("q")).sendKeys("07700 900654");
		submit(driver.findElement(By.cssSelector("form button.govuk-button")));
		assertThat(driver.findElement(By.id("results")).getText()).contains("Philippa Accessbrowse");
		Browser.assertAccessible(driver);

		driver.findElement(By.linkText("Philippa Accessbrowse")).click();
		assertThat(path()).isEqualTo("/staff/admin/subject-access/" + id);
		assertThat(heading()).isEqualTo("Subject access: Philippa Accessbrowse");
		assertThat(driver.findElement(By.id("held")).getText()).contains("person");
		Browser.assertAccessible(driver);

		submit(driver.findElement(By.id("export-pdf")));
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
			.contains("Enter the request reference");
		Browser.assertAccessible(driver);
	}

}

package org.safercommunities.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** Logs carry ids, never the names, addresses or passwords of the people signing in. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Test
	void signInsLogNoPersonalData(CapturedOutput output) throws Exception {
		StaffUser officer = data.aStaffUser(Role.OFFICER);
		String stranger = TestData.unique("stranger") + "@test.example";

		SignIn.attempt(mvc, officer.getEmail(), "wrong-password-typed");
		SignIn.attempt(mvc, stranger, "another-password-typed");
		SignIn.as(mvc, officer.getEmail());

		assertThat(output.getAll()).contains("Staff user " + officer.getId() + " signed in")
			.doesNotContain(officer.getEmail(), stranger, officer.getDisplayName(), "wrong-password-typed",
					"another-password-typed", TestData.PASSWORD);
	}

}

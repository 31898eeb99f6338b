package org.safercommunities.security;

import org.junit.jupiter.api.Test;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** On a database with no accounts, the bootstrap creates the lead organisation and its administrator. */
class FirstAdministratorIntegrationTests {

	@Test
	void createsTheAdministratorOnAnEmptyDatabase() {
		var context = new org.springframework.boot.builder.SpringApplicationBuilder(
				org.safercommunities.SaferCommunitiesApplication.class)
			// Command-line arguments outrank the test profiles, so this really is a new, empty database.
			.run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:bootstrap;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
					"--spring.datasource.username=sa", "--spring.datasource.password=",
					"--safer.bootstrap.admin-email=Lead@Council.example",
					"--safer.bootstrap.admin-password=a-long-first-password",
					"--safer.bootstrap.organisation-name=Haringey Community Safety", "--safer.demo.enabled=false");
		try {
			StaffUserRepository users = context.getBean(StaffUserRepository.class);
			StaffUser admin = users.findByEmail("lead@council.example").orElseThrow();
			assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
			assertThat(admin.isMustChangePassword()).isTrue();
			assertThat(context.getBean(Organisations.class).find(admin.getOrganisationId())).get()
				.extracting(org.safercommunities.organisations.Organisation::getName)
				.isEqualTo("Haringey Community Safety");
		}
		finally {
			context.close();
		}
	}

}

package org.safercommunities.security;

import java.util.Set;

import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.OrganisationType;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * A new production database has no accounts at all. When {@code SAFER_BOOTSTRAP_ADMIN_EMAIL} and
 * {@code SAFER_BOOTSTRAP_ADMIN_PASSWORD} are set and no staff account exists yet, this creates the lead
 * organisation and its first administrator, who must change the password at first sign-in. Once any account
 * exists it does nothing, so the variables can be removed after the first start.
 */
@Component
@Order(5)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final StaffUserRepository users;

	private final StaffAccounts accounts;

	private final Organisations organisations;

	private final BootstrapSettings settings;

	FirstAdministrator(StaffUserRepository users, StaffAccounts accounts, Organisations organisations,
			BootstrapSettings settings) {
		this.users = users;
		this.accounts = accounts;
		this.organisations = organisations;
		this.settings = settings;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!StringUtils.hasText(settings.adminEmail()) || users.count() > 0) {
			return;
		}
		PasswordPolicy.problemWith(settings.adminPassword(), settings.adminEmail()).ifPresent(problem -> {
			throw new IllegalStateException("SAFER_BOOTSTRAP_ADMIN_PASSWORD breaks the password rules (" + problem + ")");
		});
		String organisationName = StringUtils.hasText(settings.organisationName()) ? settings.organisationName()
				: "Community Safety Team";
		Organisation organisation = organisations.findByName(organisationName)
			.orElseGet(() -> organisations.createAsSystem(organisationName, OrganisationType.COUNCIL));
		StaffUser admin = accounts.createAsSystem(new StaffAccounts.NewStaffUser(settings.adminEmail(),
				"Administrator", organisation.getId(), Set.of(Role.ADMIN), settings.adminPassword()));
		admin.requirePasswordChange();
		log.info("First administrator created (user id {}); they must change the password at first sign-in",
				admin.getId());
	}

	@ConfigurationProperties("safer.bootstrap")
	record BootstrapSettings(String adminEmail, String adminPassword, String organisationName) {
	}

}

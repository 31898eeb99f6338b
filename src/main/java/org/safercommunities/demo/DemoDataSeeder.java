package org.safercommunities.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.security.StaffAccounts;
import org.safercommunities.security.StaffAccounts.NewStaffUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo partnership on the first start of the embedded demo. It refuses to touch anything but the
 * embedded H2 database, so a production start with a stray "demo" profile never creates demo accounts. It runs
 * once every bean is ready but before the web server opens, so nobody can try to sign in before the demo
 * accounts exist (as an ApplicationRunner it raced the first sign-in by a second or two).
 */
@Component
@ConditionalOnBooleanProperty("safer.demo.enabled")
class DemoDataSeeder implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

	private final Organisations organisations;

	private final StaffAccounts accounts;

	private final DemoSettings settings;

	private final DataSource dataSource;

	DemoDataSeeder(Organisations organisations, StaffAccounts accounts, DemoSettings settings, DataSource dataSource) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.settings = settings;
		this.dataSource = dataSource;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			run();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not check the demo database", ex);
		}
	}

	/** Each organisation and account is created in its own transaction by the owning module. */
	public void run() throws SQLException {
		if (!isEmbedded(dataSource)) {
			log.warn("Demo data not created: the database is not the embedded H2 database");
			return;
		}
		if (organisations.findByName(DemoPartnership.COUNCIL).isPresent()) {
			return; // seeded on an earlier start
		}
		seed();
		log.info("Demo partnership created: {} organisations, {} staff accounts (see README)",
				DemoPartnership.ORGANISATIONS.size(), DemoPartnership.USERS.size());
	}

	void seed() {
		Map<String, Long> ids = new HashMap<>();
		for (DemoPartnership.DemoOrganisation demo : DemoPartnership.ORGANISATIONS) {
			Organisation organisation = organisations.createAsSystem(demo.name(), demo.type());
			ids.put(demo.name(), organisation.getId());
		}
		for (DemoPartnership.DemoUser user : DemoPartnership.USERS) {
			accounts.createAsSystem(new NewStaffUser(user.email(), user.displayName(), ids.get(user.organisation()),
					user.roles(), settings.password()));
		}
	}

	/** Demo data only ever goes into the embedded H2 database. */
	static boolean isEmbedded(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getURL().startsWith("jdbc:h2:");
		}
	}

}

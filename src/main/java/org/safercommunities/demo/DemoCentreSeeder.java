package org.safercommunities.demo;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.safercommunities.centres.CentreManagement;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.shared.UkTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the demo's reporting centres their centre records ({@link DemoCentres}), and on every start tells the
 * public directory about every centre. It runs after the ward boundaries are loaded (centres are in wards),
 * which is after the demo accounts exist; only on the embedded H2 database, like {@link DemoDataSeeder}.
 */
@Component
@ConditionalOnBooleanProperty("safer.demo.enabled")
@Order(10)
class DemoCentreSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCentreSeeder.class);

	private final Organisations organisations;

	private final CentreManagement centres;

	private final DataSource dataSource;

	private final Clock clock;

	DemoCentreSeeder(Organisations organisations, CentreManagement centres, DataSource dataSource, Clock clock) {
		this.organisations = organisations;
		this.centres = centres;
		this.dataSource = dataSource;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws SQLException {
		if (!DemoDataSeeder.isEmbedded(dataSource)) {
			return;
		}
		LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
		LocalDate startOfLastMonth = today.withDayOfMonth(1).minusMonths(1);
		int seeded = 0;
		for (DemoCentres.DemoCentre centre : DemoCentres.all(today)) {
			var organisation = organisations.findByName(centre.organisation());
			if (organisation.isPresent() && !centres.isRegistered(organisation.get().getId())) {
				centres.seedAsSystem(organisation.get().getId(), centre.details(), centre.responsibilities(),
						centre.training(today), centre.active() ? startOfLastMonth : null);
				seeded++;
			}
		}
		if (seeded > 0) {
			log.info("Demo reporting centres created: {}", seeded);
		}
		centres.publishAllListings();
	}

}

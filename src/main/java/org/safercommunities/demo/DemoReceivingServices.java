package org.safercommunities.demo;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.safercommunities.organisations.Organisations;
import org.safercommunities.referrals.ReceivingServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's list of receiving services (issue 13): Victim Support, a housing provider, Barnet Mencap, the MASH,
 * the CS MARAC, mediation and Restorative Justice, each with what it offers and a response deadline in working
 * days. They name the demo's own organisations, so they are demo data, not reference data. A service is added only
 * when its organisation exists and is not on the list yet, so an administrator's changes are kept across restarts;
 * only on the embedded H2 database, like {@link DemoDataSeeder}.
 */
@Component
@ConditionalOnBooleanProperty("safer.demo.enabled")
@Order(20)
class DemoReceivingServices implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoReceivingServices.class);

	/** A receiving service; {@code supportKinds} are the report's "support wanted" answers that suggest it. */
	record DemoService(String organisation, String description, int deadlineWorkingDays, boolean safeguarding,
			boolean victimSupport, List<String> supportKinds) {
	}

	static final List<DemoService> SERVICES = List.of(
			new DemoService(DemoPartnership.VICTIM_SUPPORT, "Free, confidential emotional and practical support for "
					+ "anyone affected by crime, hate crime included, whether or not it was reported to the police: a "
					+ "needs assessment, support sessions and help through the criminal justice process.", 2, false, true,
					List.of("EMOTIONAL", "PRACTICAL")),
			new DemoService(DemoPartnership.HOUSING, "The council's housing provider: safety measures for tenants at "
					+ "risk (locks, alarms, a management transfer) and tenancy action against tenants causing "
					+ "anti-social behaviour or hate.", 5, false, false, List.of("SAFETY_AND_HOUSING")),
			new DemoService(DemoPartnership.MENCAP, "Advice, advocacy and support for people with a learning "
					+ "disability and their families, including help to report disability hate crime and to recover "
					+ "from it.", 5, false, true, List.of("ADVOCACY")),
			new DemoService(DemoPartnership.MASH, "Safeguarding concerns about a child or an adult at risk, screened "
					+ "the same working day by children's and adults' social care, the police and health.", 0, true, false,
					List.of()),
			new DemoService(DemoPartnership.MARAC, "The Community Safety MARAC: high-risk and repeat victims of "
					+ "anti-social behaviour and hate crime, heard at the next six-weekly meeting with an action plan "
					+ "agreed by the partner agencies.", 5, false, false, List.of()),
			new DemoService(DemoPartnership.MEDIATION, "Community mediation for disputes between neighbours: both sides "
					+ "are contacted and, where both agree, a mediated meeting is arranged.", 10, false, false, List.of()),
			new DemoService(DemoPartnership.RESTORATIVE_JUSTICE, "Restorative Justice for victims who want it: a "
					+ "trained facilitator explains the choices and, if victim and offender agree, arranges a meeting or "
					+ "a letter.", 10, false, false, List.of()));

	private final Organisations organisations;

	private final ReceivingServices services;

	private final DataSource dataSource;

	DemoReceivingServices(Organisations organisations, ReceivingServices services, DataSource dataSource) {
		this.organisations = organisations;
		this.services = services;
		this.dataSource = dataSource;
	}

	@Override
	public void run(ApplicationArguments args) throws SQLException {
		if (!DemoDataSeeder.isEmbedded(dataSource)) {
			return;
		}
		Set<Long> listed = services.all().stream().map(ReceivingServices.Listed::organisationId)
			.collect(Collectors.toSet());
		int added = 0;
		for (DemoService demo : SERVICES) {
			var organisation = organisations.findByName(demo.organisation())
				.orElseGet(() -> organisations.createAsSystem(demo.organisation(), typeOf(demo.organisation())));
			if (!listed.contains(organisation.getId())) {
				services.saveAsSystem(organisation.getId(), demo.description(), demo.deadlineWorkingDays(),
						demo.safeguarding(), demo.victimSupport(), demo.supportKinds(), true);
				added++;
			}
		}
		if (added > 0) {
			log.info("Demo receiving services listed: {}", added);
		}
	}

	/** The type of an organisation of the demo partnership (one added since an earlier start is created here). */
	private static org.safercommunities.organisations.OrganisationType typeOf(String name) {
		return DemoPartnership.ORGANISATIONS.stream().filter(demo -> demo.name().equals(name)).findFirst().orElseThrow()
			.type();
	}

}

package org.safercommunities.demo;

import java.util.List;
import java.util.Set;

import org.safercommunities.organisations.OrganisationType;
import org.safercommunities.shared.Role;

/**
 * The demo partnership, modelled on Barnet's: the Community Safety Team, the police, Victim Support, the
 * partnership board, the eleven Hate Crime Reporting Centres the 2021-22 annual report names, and the services
 * referrals go to (the MASH, the CS MARAC, mediation, Restorative Justice).
 * Listed here once, so the README and the tests read the same facts.
 */
final class DemoPartnership {

	static final String COUNCIL = "Barnet Council Community Safety Team";

	static final String POLICE = "Metropolitan Police North West BCU";

	static final String VICTIM_SUPPORT = "Victim Support";

	static final String BOARD = "Barnet Safer Communities Partnership Board";

	static final String MENCAP = "Barnet Mencap";

	static final String GALOP = "GALOP";

	static final String HOUSING = "Barnet Homes";

	static final String MASH = "Barnet Multi-Agency Safeguarding Hub (MASH)";

	static final String MARAC = "Barnet Community Safety MARAC";

	static final String MEDIATION = "Barnet Community Mediation";

	static final String RESTORATIVE_JUSTICE = "Restorative Justice Barnet";

	static final List<DemoOrganisation> ORGANISATIONS = List.of(
			new DemoOrganisation(COUNCIL, OrganisationType.COUNCIL),
			new DemoOrganisation(POLICE, OrganisationType.POLICE),
			new DemoOrganisation(VICTIM_SUPPORT, OrganisationType.VICTIM_SERVICE),
			new DemoOrganisation(BOARD, OrganisationType.PARTNERSHIP_BOARD),
			// The reporting centres named in the annual report (section 4.5).
			new DemoOrganisation(HOUSING, OrganisationType.HOUSING),
			new DemoOrganisation(MENCAP, OrganisationType.CHARITY),
			new DemoOrganisation("Barnet Multifaith Forum", OrganisationType.FAITH_GROUP),
			new DemoOrganisation("Community Barnet", OrganisationType.CHARITY),
			new DemoOrganisation("Community Security Trust", OrganisationType.CHARITY),
			new DemoOrganisation(GALOP, OrganisationType.CHARITY),
			new DemoOrganisation("Hft", OrganisationType.CHARITY),
			new DemoOrganisation("Homeless Action Barnet", OrganisationType.CHARITY),
			new DemoOrganisation("Inclusion Barnet", OrganisationType.CHARITY),
			new DemoOrganisation("Middlesex University", OrganisationType.EDUCATION),
			new DemoOrganisation("Your Choice Barnet", OrganisationType.CHARITY),
			// The services referrals go to besides those above (DemoReceivingServices).
			new DemoOrganisation(MASH, OrganisationType.COUNCIL),
			new DemoOrganisation(MARAC, OrganisationType.PARTNERSHIP_BOARD),
			new DemoOrganisation(MEDIATION, OrganisationType.CHARITY),
			new DemoOrganisation(RESTORATIVE_JUSTICE, OrganisationType.CHARITY));

	/** One account per role, and a second centre worker at another centre to show centre isolation. */
	static final List<DemoUser> USERS = List.of(
			new DemoUser("centre.worker@barnetmencap.example", "Cara Centre-Worker", MENCAP, Role.CENTRE_WORKER),
			new DemoUser("centre.worker@galop.example", "Gil Centre-Worker", GALOP, Role.CENTRE_WORKER),
			new DemoUser("officer@barnet.example", "Olu Officer", COUNCIL, Role.OFFICER),
			new DemoUser("coordinator@barnetmencap.example", "Cleo Coordinator", MENCAP, Role.COORDINATOR),
			new DemoUser("police@met.example", "Pat Police", POLICE, Role.POLICE),
			new DemoUser("partner@victimsupport.example", "Priya Partner", VICTIM_SUPPORT, Role.PARTNER),
			new DemoUser("analyst@barnet.example", "Ana Analyst", COUNCIL, Role.ANALYST),
			new DemoUser("board@barnet.example", "Bo Board-Member", BOARD, Role.BOARD),
			new DemoUser("admin@barnet.example", "Ade Admin", COUNCIL, Role.ADMIN));

	private DemoPartnership() {
	}

	record DemoOrganisation(String name, OrganisationType type) {
	}

	record DemoUser(String email, String displayName, String organisation, Role role) {

		Set<Role> roles() {
			return Set.of(role);
		}

	}

}

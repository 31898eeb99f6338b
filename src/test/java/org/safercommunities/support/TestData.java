package org.safercommunities.support;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.OrganisationType;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.security.StaffAccounts;
import org.safercommunities.security.StaffAccounts.NewStaffUser;
import org.safercommunities.security.StaffUser;
import org.safercommunities.shared.Role;

/** Test data factories: every argument has a default, and every name is unique in the shared database. */
public class TestData {

	public static final String PASSWORD = "correct-horse-battery";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final Organisations organisations;

	private final StaffAccounts accounts;

	TestData(Organisations organisations, StaffAccounts accounts) {
		this.organisations = organisations;
		this.accounts = accounts;
	}

	public static String unique(String prefix) {
		return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
	}

	public Organisation anOrganisation() {
		return anOrganisation(OrganisationType.CHARITY);
	}

	public Organisation anOrganisation(OrganisationType type) {
		return organisations.createAsSystem(unique("Test organisation"), type);
	}

	public StaffUser aStaffUser(Role role) {
		return aStaffUser(role, anOrganisation());
	}

	/** A staff member holding several roles at once, such as a centre worker who is also a police user. */
	public StaffUser aStaffUser(Organisation organisation, Role first, Role... more) {
		String email = unique(first.name().toLowerCase()) + "@test.example";
		return accounts.createAsSystem(new NewStaffUser(email, "Test " + first, organisation.getId(),
				java.util.EnumSet.of(first, more), PASSWORD));
	}

	public StaffUser aStaffUser(Role role, Organisation organisation) {
		String email = unique(role.name().toLowerCase()) + "@test.example";
		return accounts.createAsSystem(new NewStaffUser(email, "Test " + role, organisation.getId(), Set.of(role),
				PASSWORD));
	}

}

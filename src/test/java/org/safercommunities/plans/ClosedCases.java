package org.safercommunities.plans;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safercommunities.cases.CaseActions;
import org.safercommunities.cases.CaseCodes.Outcome;
import org.safercommunities.cases.CaseCodes.ShareLevel;
import org.safercommunities.cases.CaseCodes.Source;
import org.safercommunities.cases.CaseFile;
import org.safercommunities.cases.CaseFiles;
import org.safercommunities.cases.CaseFiles.NewCase;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.people.Address;
import org.safercommunities.people.Involvement.PartyRole;
import org.safercommunities.people.PersonDetails;
import org.safercommunities.security.StaffUser;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.StaffActor;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Closed cases for the case study tests, made as the officer would through the cases module's published API (so
 * the parties are people of the people module, encrypted, and everything is audited): a victim with an address,
 * a phone and an e-mail, two alleged perpetrators, an action for a partner, a share with the police, and a
 * closure reason that names the victim, her street, phone, e-mail, postcode and an exact date.
 */
public final class ClosedCases {

	/** Hendon: the ward the study names instead of the street. */
	public static final String WARD = "E05013643";

	private final CaseFiles cases;

	private final CaseActions actions;

	private ClosedCases(ApplicationContext context) {
		this.cases = context.getBean(CaseFiles.class);
		this.actions = context.getBean(CaseActions.class);
	}

	public static ClosedCases from(ApplicationContext context) {
		return new ClosedCases(context);
	}

	/**
	 * A closed case owned by {@code officer}'s organisation, with an action for {@code partner} and a whole share
	 * with {@code police}; the victim's family name is made unique so no other test's text can contain it.
	 */
	public Closed closedCase(StaffUser officer, String organisationName, Organisation partner, Organisation police) {
		String family = "Okafor" + letters();
		String street = "Sample" + letters() + " Gardens";
		String email = "grace." + family.toLowerCase() + "@example.org";
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		long[] made = new long[1];
		String[] reference = new String[1];
		as(officer, organisationName, () -> {
			CaseFile file = cases.open(new NewCase("ASB_PERSONAL", "Neighbours abusing Grace " + family,
					"For two years the neighbours at 9 " + street + " abused Grace " + family + ".",
					"7 " + street + ", Hendon, NW4 9ZZ", WARD, Source.PHONE, null, null));
			made[0] = file.getId();
			reference[0] = file.getReference();
			cases.addNewParty(made[0], new PersonDetails("Grace", family, List.of(), LocalDate.of(1971, 5, 14),
					List.of(new Address("7 " + street, null, "London", "NW4 9ZZ")), "07700 900456", email, Map.of(),
					Set.of(), null, null), PartyRole.VICTIM);
			cases.addNewParty(made[0], PersonDetails.named("Lee", "Neighbour" + letters()), PartyRole.ALLEGED_PERPETRATOR);
			actions.addFor(made[0], "Emotional support for Grace " + family + ", call her on 07700 900456",
					partner.getId(), today.plusDays(5));
			cases.share(made[0], police.getId(), ShareLevel.WHOLE, "Closure order applied for jointly", police.getName());
			cases.close(made[0], Outcome.ENFORCEMENT_TAKEN, "Closure order granted on 12 March 2025; Grace " + family
					+ " stays at 7 " + street + ", NW4 9ZZ (" + email + ", 07700 900456) after case " + reference[0] + ".",
					today);
		});
		return new Closed(made[0], reference[0], "Grace", family, street, email);
	}

	/**
	 * @param street the street of the victim's address, without its number
	 */
	public record Closed(long caseId, String reference, String givenName, String familyName, String street,
			String email) {
	}

	private static void as(StaffUser user, String organisationName, Runnable work) {
		StaffActor actor = new Actor(user.getId(), user.getEmail(), user.getDisplayName(), user.getOrganisationId(),
				organisationName, Set.of(Role.OFFICER));
		SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(actor,
				null, List.of(new SimpleGrantedAuthority(Role.OFFICER.authority())))));
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Six letters nobody else's test text holds. */
	private static String letters() {
		long n = System.nanoTime() ^ Thread.currentThread().getId() * 7919L;
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			letters.append((char) ('a' + Math.floorMod(n, 26)));
			n /= 26;
		}
		return letters.toString();
	}

	private record Actor(long userId, String username, String displayName, long organisationId,
			String organisationName, Set<Role> roles) implements StaffActor {
	}

}

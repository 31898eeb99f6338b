package org.safercommunities.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is held about a person. Every field but the family or given name is optional (null or empty); all of it is
 * personal data and is encrypted at rest. Protected characteristics are special-category data: recorded only
 * when the person chose to say, as their own words per characteristic.
 */
public record PersonDetails(String givenName, String familyName, List<String> aliases, LocalDate dateOfBirth,
		List<Address> addresses, String phone, String email, Map<ProtectedCharacteristic, String> protectedCharacteristics,
		Set<Vulnerability> vulnerabilities, String vulnerabilityNote, String safeContactNote) {

	public PersonDetails {
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
		addresses = addresses == null ? List.of() : List.copyOf(addresses);
		protectedCharacteristics = protectedCharacteristics == null ? Map.of() : Map.copyOf(protectedCharacteristics);
		vulnerabilities = vulnerabilities == null ? Set.of() : Set.copyOf(vulnerabilities);
	}

	/** A person known by name only (what a report's reporter gives, with the contact details they chose to). */
	public static PersonDetails named(String givenName, String familyName) {
		return new PersonDetails(givenName, familyName, List.of(), null, List.of(), null, null, Map.of(), Set.of(), null,
				null);
	}

	public String displayName() {
		return ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).trim();
	}

	/** The Equality Act 2010 characteristics a hate crime victim may choose to tell us about. */
	public enum ProtectedCharacteristic {

		AGE, DISABILITY, GENDER_IDENTITY, RACE_OR_ETHNICITY, RELIGION_OR_BELIEF, SEX, SEXUAL_ORIENTATION

	}

	/** Why a person may need safeguarding or extra care (seed 000 actions 5 and 6). */
	public enum Vulnerability {

		ADULT_AT_RISK, CHILD, LEARNING_DISABILITY, MENTAL_HEALTH

	}

}

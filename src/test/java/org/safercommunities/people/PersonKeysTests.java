package org.safercommunities.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonKeysTests {

	@Test
	void namesAreFoldedToLowerCaseWithoutAccentsAndWithOneSpace() {
		assertThat(PersonKeys.name("  ÉMILE   Dupont ")).as("accents, case and spaces").contains("emile dupont");
		assertThat(PersonKeys.name("Zoë O’Brien-Smith")).as("apostrophes dropped, hyphens as spaces")
			.contains("zoe obrien smith");
		assertThat(PersonKeys.name("   ")).as("nothing but spaces").isEmpty();
	}

	@Test
	void ukPhoneNumbersWrittenEitherWayAreOne() {
		assertThat(PersonKeys.phone("07700 900123")).contains("07700900123");
		assertThat(PersonKeys.phone("+44 7700 900123")).as("+44 prefix").contains("07700900123");
		assertThat(PersonKeys.phone("0044 7700 900123")).as("0044 prefix").contains("07700900123");
		assertThat(PersonKeys.phone("+44 (0)20 7946 0000")).as("+44 (0)").contains("02079460000");
		assertThat(PersonKeys.phone("123")).as("too short to be a number").isEmpty();
	}

	@Test
	void postcodesAreUpperCaseWithoutSpacesAndOnlyRealShapesCount() {
		assertThat(PersonKeys.postcode("nw4 4bq")).contains("NW44BQ");
		assertThat(PersonKeys.postcode("NW44BQ")).contains("NW44BQ");
		assertThat(PersonKeys.postcode("not a postcode")).isEmpty();
	}

	@Test
	void emailsAreLowerCased() {
		assertThat(PersonKeys.email(" Sam.Smith@Example.ORG ")).contains("sam.smith@example.org");
		assertThat(PersonKeys.email("no-at-sign")).isEmpty();
	}

	@Test
	void familyNamesThatSoundAlikeShareADoubleMetaphoneCode() {
		assertThat(PersonKeys.sounds("Smith")).containsAnyElementsOf(PersonKeys.sounds("Smyth"));
		assertThat(PersonKeys.sounds("Smith")).doesNotContainAnyElementsOf(PersonKeys.sounds("Jones"));
	}

	@Test
	void aPersonsKeysCoverEveryKind() {
		PersonDetails details = new PersonDetails("Amira", "Haddad", List.of("Amy Haddad"), LocalDate.of(1990, 3, 27),
				List.of(new Address("1 High St", null, "London", "nw4 4bq")), "+44 7700 900123", "Amira@Example.org",
				Map.of(), Set.of(), null, null);
		Map<LookupKind, Set<String>> keys = PersonKeys.of(details);
		assertThat(keys.get(LookupKind.FULL_NAME)).containsExactly("amira haddad");
		assertThat(keys.get(LookupKind.ALIAS)).containsExactly("amy haddad");
		assertThat(keys.get(LookupKind.PHONE)).containsExactly("07700900123");
		assertThat(keys.get(LookupKind.EMAIL)).containsExactly("amira@example.org");
		assertThat(keys.get(LookupKind.POSTCODE)).containsExactly("NW44BQ");
		assertThat(keys.get(LookupKind.DATE_OF_BIRTH)).containsExactly("1990-03-27");
		assertThat(keys.get(LookupKind.FAMILY_NAME_SOUND)).isNotEmpty();
		assertThat(keys.get(LookupKind.GIVEN_NAME_SOUND)).isNotEmpty();
	}

}

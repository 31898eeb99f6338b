package org.safercommunities.people;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safercommunities.people.MatchSuggestion.Reason;

import static org.assertj.core.api.Assertions.assertThat;

class MatchingTests {

	private static final LocalDate BORN = LocalDate.of(1985, 6, 1);

	private static PersonDetails person(String given, String family, LocalDate born, String postcode, String phone,
			String email, String... aliases) {
		return new PersonDetails(given, family, List.of(aliases), born,
				postcode == null ? List.of() : List.of(new Address("1 Road", null, "London", postcode)), phone, email,
				Map.of(), Set.of(), null, null);
	}

	@Test
	void eachCandidateComesWithItsReasonsStrongestFirst() {
		PersonDetails probe = person("Jon", "Smith", BORN, "NW4 4BQ", "07700 900123", null);
		Map<Long, PersonDetails> candidates = new LinkedHashMap<>();
		candidates.put(1L, person("John", "Smyth", BORN, null, null, null));
		candidates.put(2L, person("Jonathan", "Smith", null, null, "+44 7700 900123", null));
		candidates.put(3L, person("Jon", "Smith", BORN, "nw4 4bq", "07700900123", null));

		List<Matching.Match> ranked = Matching.rank(probe, candidates);

		assertThat(ranked).extracting(Matching.Match::personId).as("best first").containsExactly(3L, 2L, 1L);
		assertThat(ranked.get(0).reasons()).containsExactly(Reason.SAME_PHONE, Reason.SAME_NAME,
				Reason.SAME_DATE_OF_BIRTH, Reason.SAME_POSTCODE);
		assertThat(ranked.get(1).reasons()).as("same phone however written").contains(Reason.SAME_PHONE);
		assertThat(ranked.get(2).reasons()).as("a surname that sounds the same with the same date of birth")
			.containsExactly(Reason.SIMILAR_NAME, Reason.SAME_DATE_OF_BIRTH);
	}

	@Test
	void aSharedSurnameAloneSuggestsNobody() {
		PersonDetails probe = person("Jon", "Smith", BORN, null, null, null);
		Map<Long, PersonDetails> candidates = Map.of(7L, person("Priya", "Smith", LocalDate.of(2001, 1, 1), null, null,
				null));
		assertThat(Matching.rank(probe, candidates)).as("different given name, different date of birth").isEmpty();
	}

	@Test
	void anAliasMatchesAFullNameEitherWay() {
		PersonDetails probe = person("Amy", "Haddad", null, null, null, null);
		Map<Long, PersonDetails> candidates = Map.of(4L, person("Amira", "Haddad", null, null, null, null, "Amy Haddad"));
		assertThat(Matching.rank(probe, candidates)).singleElement()
			.satisfies(match -> assertThat(match.reasons()).contains(Reason.ALIAS));
	}

	@Test
	void theSameEmailInAnotherCaseIsTheSameEmail() {
		PersonDetails probe = person("Sam", "Lee", null, null, null, "Sam.Lee@Example.org");
		Map<Long, PersonDetails> candidates = Map.of(5L, person("Samuel", "Li", null, null, null, "sam.lee@example.org"));
		assertThat(Matching.rank(probe, candidates)).singleElement()
			.satisfies(match -> assertThat(match.reasons()).contains(Reason.SAME_EMAIL));
	}

}

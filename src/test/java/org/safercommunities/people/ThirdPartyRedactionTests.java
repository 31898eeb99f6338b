package org.safercommunities.people;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Other people's details are found however they were written, and nothing else is touched. */
class ThirdPartyRedactionTests {

	private final ThirdPartyRedaction redaction = ThirdPartyRedaction.of(List.of(new PersonDetails("Sam", "Loudly",
			List.of("Sammy L"), null, List.of(new Address("4 Elm Court", null, "London", "NW4 2EU")), "07700 900462",
			"sam.loudly@example.org", Map.of(), Set.of(), null, null)));

	@Test
	void namesPhonesAddressesAndEmailsAreRemovedInAnyCaseOrSpacing() {
		assertThat(redaction.apply("SAM LOUDLY of 4 elm court, nw42eu, rang from +44 7700 900 462 and wrote from "
				+ "Sam.Loudly@example.org; Sammy L again; Loudly again"))
			.isEqualTo("[redacted] of [redacted], [redacted], rang from [redacted] and wrote from [redacted]; [redacted] "
					+ "again; [redacted] again");
	}

	@Test
	void aGivenNameAloneAndOtherWordsAreLeft() {
		assertThat(redaction.apply("Sam Victim met the officer at 10 Other Road")).isEqualTo(
				"Sam Victim met the officer at 10 Other Road");
		assertThat(ThirdPartyRedaction.of(List.of()).apply("nothing to remove")).isEqualTo("nothing to remove");
	}

	@Test
	void forAnAnonymisedCaseStudyGivenNamesStreetsAndSecondLinesGoToo() {
		ThirdPartyRedaction parties = ThirdPartyRedaction.ofParties(List.of(new PersonDetails("Grace", "Okafor",
				List.of(), null, List.of(new Address("7 Sample Gardens", "Flat B", "London", "NW4 9ZZ")), "07700 900456",
				null, Map.of(), Set.of(), null, null), PersonDetails.named("Lee", "Sample")));
		assertThat(parties.apply("Grace said the couple at sample gardens (flat b) shouted at her; Lee Sample and "
				+ "GRACE OKAFOR on 07700900456; the officer visited the street"))
			.isEqualTo("[redacted] said the couple at [redacted] ([redacted]) shouted at her; [redacted] and "
					+ "[redacted] on [redacted]; the officer visited the street");
	}

}

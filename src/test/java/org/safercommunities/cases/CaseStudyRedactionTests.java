package org.safercommunities.cases;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer's free text made fit for an anonymised case study: the parties' own details as the people module
 * removes them (here a stand-in that knows one party), then any e-mail address, UK phone number, postcode and
 * reference, and every exact date cut to its month.
 */
class CaseStudyRedactionTests {

	/** The people module's redaction of a case whose one party is Grace Okafor of 7 Sample Gardens. */
	private final CaseStudyRedaction redaction = new CaseStudyRedaction(
			text -> text.replaceAll("(?i)grace okafor|okafor|grace|7 sample gardens|sample gardens", "[redacted]"),
			"[redacted]");

	@Test
	void thePartiesNamesAndAddressAreRemovedFromTheText() {
		assertThat(redaction.apply("Grace Okafor of 7 Sample Gardens asked for help; grace will stay in her home."))
			.isEqualTo("[redacted] of [redacted] asked for help; [redacted] will stay in her home.");
	}

	@Test
	void anyEmailPhoneNumberPostcodeOrReferenceIsRemovedWhoeverItBelongsTo() {
		assertThat(redaction.apply("Her son wrote from son.example@example.org and rang on 07700 900 789, then "
				+ "+44 (0)20 7946 0018; the landlord is at NW9 4ZZ and nw42eu; case C-2026-000123, crime 01/234567/26, "
				+ "CAD 4567/12, account 123456."))
			.isEqualTo("Her son wrote from [redacted] and rang on [redacted], then [redacted]; the landlord is at "
					+ "[redacted] and [redacted]; case [redacted], crime [redacted], [redacted], account [redacted].");
	}

	@Test
	void anExactDateKeepsOnlyItsMonthAndYear() {
		assertThat(redaction.apply("Closure notice served on 12 March 2023, order granted on Tuesday 4th April 2023, "
				+ "reviewed 05/06/2023 and 2023-07-19, visited on 3 Sept and on August 9, 2023."))
			.isEqualTo("Closure notice served on March 2023, order granted on April 2023, reviewed June 2023 and "
					+ "July 2023, visited on September and on August 2023.");
	}

	@Test
	void ordinaryWordsAndNumbersAreLeftAlone() {
		assertThat(redaction.apply("Three agencies met 4 times over 2 years; 12 residents signed.")).isEqualTo(
				"Three agencies met 4 times over 2 years; 12 residents signed.");
		assertThat(redaction.apply(null)).isEmpty();
	}

}

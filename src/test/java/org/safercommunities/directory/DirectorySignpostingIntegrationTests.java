package org.safercommunities.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safercommunities.reporting.LocalSignposting;
import org.safercommunities.reporting.Signpost;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Ranking and reasons of the suggestions: ward, then borough; strand; the reporter's language. */
@IntegrationTest
class DirectorySignpostingIntegrationTests {

	@Autowired
	LocalSignposting signposting;

	@Autowired
	ApplicationContext context;

	@Test
	void suggestionsRankWardAndStrandFirstAndGiveTheReasonInTheReportersLanguage() {
		DirectoryTestData data = DirectoryTestData.from(context);
		String word = DirectoryTestData.word("Rank");
		// Burnt Oak, disability, speaks Polish.
		long best = data.save(EntryType.SUPPORT, DirectoryTestData.aSupportService(word + " Best"), "a@o.example",
				LocalDate.now());
		// Same borough (Hendon), everyone: only a borough match.
		long nearby = data.save(EntryType.HUB, DirectoryTestData.aHub(word + " Nearby"), "b@o.example", LocalDate.now());
		// A Safe Place in the same ward is not a reporting or support service.
		data.save(EntryType.SAFE_PLACE, DirectoryTestData.aSafePlace(word + " Safe"), "c@o.example", LocalDate.now());

		List<Signpost> english = mine(signposting.suggest(DirectoryTestData.BURNT_OAK, Set.of("DISABILITY"),
				Locale.UK, 500), word);
		assertThat(english).extracting(Signpost::name).containsSubsequence(word + " Best", word + " Nearby")
			.doesNotContain(word + " Safe");
		assertThat(english.get(0).matchReason()).isEqualTo("In your area (Burnt Oak); Helps with: Disability");
		assertThat(english.get(0).path()).isEqualTo("/directory/" + data.slugOf(best));
		assertThat(english.get(0).kind()).isEqualTo("support");
		assertThat(english.get(1).matchReason()).isEqualTo("In Barnet");

		List<Signpost> polish = mine(signposting.suggest(DirectoryTestData.BURNT_OAK, Set.of("DISABILITY"),
				Locale.forLanguageTag("pl"), 500), word);
		assertThat(polish.get(0).matchReason()).startsWith("W Twojej okolicy (Burnt Oak)").endsWith("Mówi w języku: Polski");

		assertThat(mine(signposting.suggest(null, Set.of(), Locale.UK, 500), word)).as("nothing to match on").isEmpty();
		assertThat(signposting.suggest(DirectoryTestData.BURNT_OAK, Set.of("DISABILITY"), Locale.UK, 1)).hasSize(1);
		assertThat(data.find(nearby).getWardCode()).isNotEqualTo(DirectoryTestData.BURNT_OAK);
	}

	private static List<Signpost> mine(List<Signpost> all, String word) {
		return all.stream().filter(signpost -> signpost.name().startsWith(word)).toList();
	}

}

package org.safercommunities.directory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A proposal keeps every kind of detail exactly, and is decided once. */
class DirectoryProposalTests {

	@Test
	void everyDetailSurvivesTheRoundTrip() {
		EntryDetails details = new EntryDetails("Hub", "About", "Library", "EN5 4QT", "E05013644", 51.65, -0.2, "020",
				"a@b.example", "https://a.example", "Hours", List.of("en", "pl"), "Ramp", List.of("STEP_FREE"),
				List.of("RACE"), List.of("FAITH"), LocalDate.of(2026, 3, 1), DayOfWeek.MONDAY, LocalTime.of(10, 0),
				LocalTime.of(13, 30), LocalDate.of(2026, 12, 5));

		Proposal proposal = new Proposal(1, details, "note", Instant.now());

		assertThat(proposal.details()).isEqualTo(details);
		assertThat(details.differencesTo(proposal.details())).isEmpty();
	}

	@Test
	void differencesNameTheFieldAndBothValues() {
		EntryDetails before = DirectoryTestData.aSupportService("A");
		EntryDetails after = new EntryDetails("A", before.summary(), before.address(), before.postcode(),
				before.wardCode(), before.latitude(), before.longitude(), "020 1", before.email(), before.website(),
				before.openingHours(), List.of("en"), before.accessibility(), before.accessFeatures(), before.strands(),
				before.categories(), null, null, null, null, null);

		assertThat(before.differencesTo(after)).extracting(EntryDetails.Difference::field)
			.containsExactly("phone", "languages");
		assertThat(before.differencesTo(after).get(1).before()).isEqualTo("en, pl");
	}

	@Test
	void aProposalIsDecidedOnce() {
		Proposal proposal = new Proposal(1, DirectoryTestData.aHub("Hub"), null, Instant.now());
		proposal.reject("officer", Instant.now(), "No");

		assertThatThrownBy(() -> proposal.approve("officer", Instant.now())).isInstanceOf(IllegalStateException.class);
	}

}

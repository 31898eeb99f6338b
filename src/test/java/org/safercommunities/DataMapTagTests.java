package org.safercommunities;

import org.junit.jupiter.api.Test;
import org.safercommunities.DataMapTag.Classification;
import org.safercommunities.DataMapTag.Protection;

import static org.assertj.core.api.Assertions.assertThat;

class DataMapTagTests {

	@Test
	void readsTheClassificationTheProtectionAndTheDescription() {
		assertThat(DataMapTag.parse("[special, encrypted] The account, in the reporter's words")).contains(
				new DataMapTag(Classification.SPECIAL, Protection.ENCRYPTED, "The account, in the reporter's words"));
		assertThat(DataMapTag.parse("[personal, blind-index] HMAC of the postcode")).contains(
				new DataMapTag(Classification.PERSONAL, Protection.BLIND_INDEX, "HMAC of the postcode"));
	}

	@Test
	void aNotPersonalColumnMayNameNoProtection() {
		assertThat(DataMapTag.parse("[not-personal] Day of the walk"))
			.contains(new DataMapTag(Classification.NOT_PERSONAL, null, "Day of the walk"));
		assertThat(DataMapTag.parse("[not-personal, hashed] SHA-256 of the token"))
			.contains(new DataMapTag(Classification.NOT_PERSONAL, Protection.HASHED, "SHA-256 of the token"));
	}

	@Test
	void refusesCommentsThatDoNotClassify() {
		assertThat(DataMapTag.parse(null)).isEmpty();
		assertThat(DataMapTag.parse("The reporter's name")).isEmpty();
		assertThat(DataMapTag.parse("[PERSONAL][ENCRYPTED] The reporter's name")).as("the older dictionary's marks").isEmpty();
		assertThat(DataMapTag.parse("[personal] The reporter's name")).as("personal data without its protection").isEmpty();
		assertThat(DataMapTag.parse("[personal, scrambled] The reporter's name")).as("an unknown protection").isEmpty();
		assertThat(DataMapTag.parse("[secret, plain] The reporter's name")).as("an unknown classification").isEmpty();
		assertThat(DataMapTag.parse("[not-personal]")).as("no description").isEmpty();
	}

}

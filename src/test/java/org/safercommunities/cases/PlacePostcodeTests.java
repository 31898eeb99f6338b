package org.safercommunities.cases;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlacePostcodeTests {

	@Test
	void findsThePostcodeWrittenInAPlaceHoweverItIsSpacedOrCased() {
		assertThat(PlacePostcode.in("Outside 12 Brent Street, NW4 2EU")).contains("NW42EU");
		assertThat(PlacePostcode.in("outside 12 brent street nw42eu")).contains("NW42EU");
		assertThat(PlacePostcode.in("Flat 3, EN5  1AB (rear)")).contains("EN51AB");
		assertThat(PlacePostcode.in("W1A 1AA")).contains("W1A1AA");
	}

	@Test
	void aPlaceNamingTwoPostcodesIsAtTheLastAndNoneIsNothing() {
		assertThat(PlacePostcode.in("Moved from N3 1AB to HA8 7AY")).contains("HA87AY");
		assertThat(PlacePostcode.in("Bus stop outside Burnt Oak station")).isEmpty();
		assertThat(PlacePostcode.in("Flat 12B, block 4")).isEmpty();
		assertThat(PlacePostcode.in(null)).isEmpty();
	}

	@Test
	void partOfALongerWordIsNotAPostcode() {
		assertThat(PlacePostcode.in("Ref XNW42EUX")).isEmpty();
		assertThat(PlacePostcode.in("ticket AB12CDE3")).isEmpty();
	}

	@Test
	void theListSearchTakesAPostcodeOnlyWhenNothingElseIsTyped() {
		assertThat(PlacePostcode.isOnlyPostcode("nw4 2eu")).isTrue();
		assertThat(PlacePostcode.isOnlyPostcode(" NW42EU ")).isTrue();
		assertThat(PlacePostcode.isOnlyPostcode("Amira NW4 2EU")).isFalse();
		assertThat(PlacePostcode.isOnlyPostcode("Amira Khan")).isFalse();
	}

}

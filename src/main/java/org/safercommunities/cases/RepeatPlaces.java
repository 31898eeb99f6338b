package org.safercommunities.cases;

import java.time.Clock;
import java.time.LocalDate;

import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.crypto.Pseudonyms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Repeat places (issue 12): a postcode written in the place of {@link RepeatPlaceSettings#count()} or more cases
 * opened within the last {@link RepeatPlaceSettings#months()} months. Like the repeat-victim flag it is a fact about
 * the place, counted over every organisation's cases; which of those cases a person may open is the case list's
 * rule. The postcode is kept only as a keyed blind index ({@code case_file.place_key}).
 */
@Component
class RepeatPlaces {

	private final JdbcClient jdbc;

	private final FieldEncryption encryption;

	private final RepeatPlaceSettings settings;

	private final Clock clock;

	RepeatPlaces(JdbcClient jdbc, FieldEncryption encryption, RepeatPlaceSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.encryption = encryption;
		this.settings = settings;
		this.clock = clock;
	}

	/** The blind index of the postcode in a place, or null when it names none. */
	String keyOf(String place) {
		return keyOf(place, encryption);
	}

	static String keyOf(String place, Pseudonyms hashes) {
		return PlacePostcode.in(place).map(postcode -> hashes.pseudonym("case-place|" + postcode)).orElse(null);
	}

	/** Cases at the case's place within the window (it among them if it was opened within it). */
	RepeatPlace of(CaseFile file) {
		if (file.getPlaceKey() == null) {
			return new RepeatPlace(false, 0, settings.count(), settings.months());
		}
		int cases = jdbc.sql("select count(*) from case_file where place_key = ? and opened_on >= ?")
			.params(file.getPlaceKey(), windowStart())
			.query(Integer.class)
			.single();
		return new RepeatPlace(true, cases, settings.count(), settings.months());
	}

	/** The first day inside the window ending today. */
	LocalDate windowStart() {
		return LocalDate.now(clock).minusMonths(settings.months());
	}

	int threshold() {
		return settings.count();
	}

	int months() {
		return settings.months();
	}

}

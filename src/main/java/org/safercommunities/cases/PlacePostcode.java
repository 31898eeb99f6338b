package org.safercommunities.cases;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UK postcode written in a case's place ("outside 12 Brent Street, NW4 2EU"), upper case without the space, or
 * nothing when none is written. Repeat places are found by postcode: a free-text place cannot be compared, and a
 * street name alone is shared by too many places. Pure code.
 */
final class PlacePostcode {

	/** Outward code (area, district) and inward code (sector, unit), as Royal Mail writes them. */
	private static final Pattern POSTCODE = Pattern
		.compile("(?<![A-Z0-9])([A-Z]{1,2}[0-9][A-Z0-9]?)\\s*([0-9][A-Z]{2})(?![A-Z0-9])", Pattern.CASE_INSENSITIVE);

	private PlacePostcode() {
	}

	/** Whether the text is a postcode and nothing else ("nw4 2eu"), as typed in the case list's search. */
	static boolean isOnlyPostcode(String text) {
		return text != null && in(text).filter(found -> found.length() == text.replaceAll("\\s+", "").length()).isPresent();
	}

	/** The last postcode in the text (a place naming two usually ends with the one it is at). */
	static Optional<String> in(String place) {
		if (place == null || place.isBlank()) {
			return Optional.empty();
		}
		Matcher matcher = POSTCODE.matcher(place);
		String found = null;
		while (matcher.find()) {
			found = (matcher.group(1) + matcher.group(2)).toUpperCase(Locale.ROOT);
		}
		return Optional.ofNullable(found);
	}

}

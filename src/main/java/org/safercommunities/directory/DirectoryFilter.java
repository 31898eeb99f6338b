package org.safercommunities.directory;

import java.util.Locale;

/**
 * What a member of the public searches for on /directory. Every part is optional; blank means any.
 * @param q words in the name, summary, address, postcode, opening hours or ward name
 * @param ward a ward code
 * @param type an {@link EntryType} code (support, safe-place, ...)
 * @param strand a strand code the entry helps with (entries that help everyone match too)
 * @param language an ISO 639-1 code the entry speaks (English is spoken everywhere)
 * @param access an {@link AccessFeature} name
 */
record DirectoryFilter(String q, String ward, String type, String strand, String language, String access) {

	static final DirectoryFilter ANY = new DirectoryFilter(null, null, null, null, null, null);

	boolean matches(DirectoryEntry entry, String wardName) {
		return matchesText(entry, wardName) && (blank(ward) || ward.equals(entry.getWardCode()))
				&& (blank(type) || type.equals(entry.getType().code()))
				&& (blank(strand) || entry.getStrands().isEmpty() || entry.getStrands().contains(strand))
				&& (blank(language) || "en".equals(language) || entry.getLanguages().contains(language))
				&& (blank(access) || entry.getAccessFeatures().contains(access));
	}

	boolean isEmpty() {
		return blank(q) && blank(ward) && blank(type) && blank(strand) && blank(language) && blank(access);
	}

	private boolean matchesText(DirectoryEntry entry, String wardName) {
		if (blank(q)) {
			return true;
		}
		String haystack = String.join(" ", nonNull(entry.getName()), nonNull(entry.getSummary()),
				nonNull(entry.getAddress()), nonNull(entry.getPostcode()), nonNull(entry.getOpeningHours()),
				nonNull(wardName)).toLowerCase(Locale.ROOT);
		String compactHaystack = haystack.replace(" ", "");
		for (String word : q.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
			if (!haystack.contains(word) && !compactHaystack.contains(word)) {
				return false;
			}
		}
		return true;
	}

	private static String nonNull(String value) {
		return value == null ? "" : value;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}

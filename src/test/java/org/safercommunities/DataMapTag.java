package org.safercommunities;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classification a column's database comment starts with, e.g. {@code [personal, encrypted] The reporter's name}:
 * what the column holds for data protection and how it is protected. Read by {@link DataMapTests}.
 *
 * @param classification personal, special-category, criminal offence or not personal
 * @param protection how it is kept; null for a not-personal column that names none
 * @param description the plain description after the tag
 */
record DataMapTag(Classification classification, Protection protection, String description) {

	private static final Pattern TAG = Pattern.compile("^\\[([a-z-]+)(?:, ([a-z-]+))?] (\\S.*)$", Pattern.DOTALL);

	enum Classification {

		/** Personal data (UK GDPR art. 4). */
		PERSONAL("personal"),
		/** Special-category data (art. 9). */
		SPECIAL("special"),
		/**
		 * Criminal offence data (art. 10): alleged offences, offence codes, links to a person as alleged perpetrator,
		 * enforcement against a person, police crime records about a person.
		 */
		CRIMINAL_OFFENCE("criminal-offence"),
		NOT_PERSONAL("not-personal");

		final String tag;

		Classification(String tag) {
			this.tag = tag;
		}

		boolean isPersonal() {
			return this != NOT_PERSONAL;
		}

	}

	enum Protection {

		/** Tink AEAD ciphertext (crypto.FieldEncryption). */
		ENCRYPTED("encrypted"),
		/** A keyed HMAC of a value kept encrypted elsewhere, to find records by it. */
		BLIND_INDEX("blind-index"),
		/** A one-way hash (Argon2, keyed HMAC or SHA-256) of a secret or identifier that is not kept. */
		HASHED("hashed"),
		/** An internal id of a person or staff account whose details are held elsewhere. */
		REFERENCE("reference"),
		/** Kept as it is. */
		PLAIN("plain");

		final String tag;

		Protection(String tag) {
			this.tag = tag;
		}

	}

	/** The tag of a comment; empty when there is no comment, no tag, an unknown word, or personal data unprotected. */
	static Optional<DataMapTag> parse(String comment) {
		if (comment == null) {
			return Optional.empty();
		}
		Matcher tag = TAG.matcher(comment.strip());
		if (!tag.matches()) {
			return Optional.empty();
		}
		Optional<Classification> classification = Arrays.stream(Classification.values())
			.filter(candidate -> candidate.tag.equals(tag.group(1)))
			.findFirst();
		Optional<Protection> protection = Arrays.stream(Protection.values())
			.filter(candidate -> candidate.tag.equals(tag.group(2)))
			.findFirst();
		if (classification.isEmpty() || (tag.group(2) != null && protection.isEmpty())
				|| (classification.get().isPersonal() && protection.isEmpty())) {
			return Optional.empty();
		}
		return Optional.of(new DataMapTag(classification.get(), protection.orElse(null), tag.group(3).strip()));
	}

}

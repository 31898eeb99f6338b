package org.safercommunities.people;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The normalised values a person is looked up by, one set per {@link LookupKind}: what the blind indexes hash and
 * what matching compares. Written once so that a value typed one way ("+44 7700 900123", "ÉMILE  dupont") finds
 * the same person as the other ("07700 900123", "Emile Dupont"). Pure code.
 */
final class PersonKeys {

	private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

	private PersonKeys() {
	}

	/** Every key of the person, by kind; a kind with nothing to hash is left out. */
	static Map<LookupKind, Set<String>> of(PersonDetails details) {
		Map<LookupKind, Set<String>> keys = new EnumMap<>(LookupKind.class);
		name(details.displayName()).ifPresent(name -> add(keys, LookupKind.FULL_NAME, name));
		details.aliases().forEach(alias -> name(alias).ifPresent(name -> add(keys, LookupKind.ALIAS, name)));
		sounds(details.familyName()).forEach(sound -> add(keys, LookupKind.FAMILY_NAME_SOUND, sound));
		sounds(details.givenName()).forEach(sound -> add(keys, LookupKind.GIVEN_NAME_SOUND, sound));
		phone(details.phone()).ifPresent(phone -> add(keys, LookupKind.PHONE, phone));
		email(details.email()).ifPresent(email -> add(keys, LookupKind.EMAIL, email));
		details.addresses().forEach(address -> postcode(address.postcode())
			.ifPresent(postcode -> add(keys, LookupKind.POSTCODE, postcode)));
		if (details.dateOfBirth() != null) {
			add(keys, LookupKind.DATE_OF_BIRTH, details.dateOfBirth().toString());
		}
		return keys;
	}

	/** Lower case, accents folded, apostrophes dropped, other punctuation and runs of spaces as one space. */
	static Optional<String> name(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("['’`]", "")
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
		return folded.isEmpty() ? Optional.empty() : Optional.of(folded);
	}

	/** A UK number as its national digits: "+44 7700 900123", "0044 7700 900123" and "07700 900123" are one. */
	static Optional<String> phone(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String digits = text.strip().replaceAll("[^0-9+]", "");
		if (digits.startsWith("+44")) {
			digits = "0" + digits.substring(3);
		}
		else if (digits.startsWith("0044")) {
			digits = "0" + digits.substring(4);
		}
		else if (digits.startsWith("44") && digits.length() == 12) {
			digits = "0" + digits.substring(2);
		}
		digits = digits.replace("+", "");
		// "(0)" written after +44: +44 (0)20 ... is 020 ...
		if (digits.startsWith("00") && digits.length() == 12) {
			digits = digits.substring(1);
		}
		return digits.length() < 6 ? Optional.empty() : Optional.of(digits);
	}

	static Optional<String> email(String text) {
		if (text == null || !text.contains("@")) {
			return Optional.empty();
		}
		return Optional.of(text.strip().toLowerCase(Locale.ROOT));
	}

	/** Upper case without spaces: "nw4 4bq" is NW44BQ. Only something shaped like a UK postcode counts. */
	static Optional<String> postcode(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
		return compact.matches("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}") ? Optional.of(compact) : Optional.empty();
	}

	/** The Double Metaphone codes (primary and alternate) of a name, for names that sound alike. */
	static Set<String> sounds(String text) {
		Set<String> codes = new LinkedHashSet<>();
		name(text).ifPresent(name -> {
			String joined = name.replace(" ", "");
			addCode(codes, METAPHONE.doubleMetaphone(joined));
			addCode(codes, METAPHONE.doubleMetaphone(joined, true));
		});
		return codes;
	}

	private static void addCode(Set<String> codes, String code) {
		if (code != null && !code.isEmpty()) {
			codes.add(code);
		}
	}

	private static void add(Map<LookupKind, Set<String>> keys, LookupKind kind, String value) {
		keys.computeIfAbsent(kind, any -> new LinkedHashSet<>()).add(value);
	}

}

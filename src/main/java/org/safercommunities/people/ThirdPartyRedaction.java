package org.safercommunities.people;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Removes other people's details from the text of a subject access export (UK GDPR art. 15(4), DPA 2018 Sch. 2
 * para 16): their full names, family names, other names, phone numbers (however spaced), e-mail addresses, first
 * address lines and postcodes, wherever they appear, whatever the case. A given name alone is left: it is too
 * often the subject's own too ("Sam" and "Sam"); so is anything the subject's own record holds as well (a family
 * name or an address they share with the other person).
 */
final class ThirdPartyRedaction {

	static final String REDACTED = "[redacted]";

	private final Pattern pattern;

	private ThirdPartyRedaction(Pattern pattern) {
		this.pattern = pattern;
	}

	static ThirdPartyRedaction of(Collection<PersonDetails> thirdParties) {
		return of(thirdParties, List.of());
	}

	static ThirdPartyRedaction of(Collection<PersonDetails> thirdParties, Collection<PersonDetails> subject) {
		Set<String> own = new java.util.HashSet<>();
		subject.forEach(person -> terms(person, own, own));
		Set<String> ownLowerCase = own.stream().filter(java.util.Objects::nonNull).map(ThirdPartyRedaction::normal)
			.collect(Collectors.toSet());
		Set<String> words = new LinkedHashSet<>();
		Set<String> phones = new LinkedHashSet<>();
		thirdParties.forEach(person -> terms(person, words, phones));
		words.removeIf(word -> word != null && ownLowerCase.contains(normal(word)));
		phones.removeIf(phone -> phone != null && ownLowerCase.contains(normal(phone)));
		return compiled(words, phones);
	}

	/**
	 * For text about the parties published anonymised (a case study): everything {@link #of} removes, and given
	 * names, second address lines and street names without their number ("Sample Gardens" of "7 Sample Gardens")
	 * as well, as nobody's own record is being disclosed to them.
	 */
	static ThirdPartyRedaction ofParties(Collection<PersonDetails> parties) {
		Set<String> words = new LinkedHashSet<>();
		Set<String> phones = new LinkedHashSet<>();
		parties.forEach(person -> {
			terms(person, words, phones);
			words.add(person.givenName());
			person.addresses().forEach(address -> {
				words.add(address.line2());
				if (address.line1() != null) {
					words.add(address.line1().strip().replaceFirst("^[0-9]+[A-Za-z]?\\s*,?\\s+", ""));
				}
			});
		});
		return compiled(words, phones);
	}

	private static void terms(PersonDetails person, Set<String> words, Set<String> phones) {
		words.add(person.displayName());
		words.add(person.familyName());
		words.addAll(person.aliases());
		words.add(person.email());
		person.addresses().forEach(address -> {
			words.add(address.line1());
			words.add(address.postcode());
		});
		phones.add(person.phone());
	}

	/** Lower case without spaces, so "NW4 2EU" and "nw42eu", or two spellings of one phone number, are one. */
	private static String normal(String term) {
		return term.replaceAll("[\\s+()-]", "").toLowerCase(java.util.Locale.ROOT);
	}

	private static ThirdPartyRedaction compiled(Set<String> words, Set<String> phones) {
		List<String> parts = words.stream()
			.filter(word -> word != null && word.strip().length() >= 3)
			.map(String::strip)
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(ThirdPartyRedaction::spacedLoosely)
			.collect(Collectors.toList());
		phones.stream().filter(phone -> phone != null && phone.replaceAll("\\D", "").length() >= 6)
			.map(ThirdPartyRedaction::digitsWithAnySpacing)
			.forEach(parts::add);
		return new ThirdPartyRedaction(parts.isEmpty() ? null
				: Pattern.compile(String.join("|", parts), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
	}

	/** The words with any run of spaces between them ("NW4 2EU" also finds "NW42EU" and "NW4  2EU"). */
	private static String spacedLoosely(String text) {
		return List.of(text.split("\\s+")).stream().map(Pattern::quote).collect(Collectors.joining("\\s*"));
	}

	/** 07700 900123 also as 07700900123 or +44 7700 900123. */
	private static String digitsWithAnySpacing(String phone) {
		String digits = phone.replaceAll("\\D", "");
		String national = digits.startsWith("44") ? digits.substring(2) : digits.startsWith("0") ? digits.substring(1)
				: digits;
		return "(?:\\+44|0)?[\\s-]*" + national.chars().mapToObj(c -> String.valueOf((char) c))
			.collect(Collectors.joining("[\\s-]*"));
	}

	String apply(String text) {
		if (pattern == null || text == null) {
			return text;
		}
		return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(REDACTED));
	}

}

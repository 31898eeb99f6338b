package org.safercommunities.system;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The languages offered by the language switcher, as language tags; the first is the default. Easy Read English
 * is the tag {@code en-easyread} (a BCP 47 variant), so its bundles are {@code *_en__easyread.properties} and
 * every missing Easy Read message falls back to plain English.
 */
@ConfigurationProperties("safer.i18n")
public record LanguageSettings(@DefaultValue("en") List<String> languages) {

	static final String EASY_READ = "en-easyread";

	private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "ps", "ckb", "yi");

	public Locale defaultLocale() {
		return Locale.forLanguageTag(languages.get(0));
	}

	public boolean supports(Locale locale) {
		return languages.contains(tagOf(locale));
	}

	static String tagOf(Locale locale) {
		return locale.toLanguageTag().toLowerCase(Locale.ROOT);
	}

	static boolean isRightToLeft(Locale locale) {
		return RIGHT_TO_LEFT.contains(locale.getLanguage());
	}

	/** Each language named in itself, so a reader finds theirs whatever language the page is in. */
	static String nameOf(String tag) {
		// Every page lists the languages; the JDK's display names are looked up under a lock, so keep them.
		String name = NAMES.get(tag);
		return name != null ? name : NAMES.computeIfAbsent(tag, LanguageSettings::displayName);
	}

	private static final java.util.Map<String, String> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

	private static String displayName(String tag) {
		if (EASY_READ.equals(tag)) {
			return "Easy Read";
		}
		Locale locale = Locale.forLanguageTag(tag);
		String name = locale.getDisplayLanguage(locale);
		return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

}

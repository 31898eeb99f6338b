package org.safercommunities.system;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The languages offered by the language switcher; the first is the default. */
@ConfigurationProperties("safer.i18n")
public record LanguageSettings(@DefaultValue("en") List<String> languages) {

	public Locale defaultLocale() {
		return Locale.forLanguageTag(languages.get(0));
	}

	public boolean supports(Locale locale) {
		return languages.contains(locale.getLanguage());
	}

}

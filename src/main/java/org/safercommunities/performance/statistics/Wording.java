package org.safercommunities.performance.statistics;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Puts the dashboard's figures into words: a message key of the performance bundle
 * ({@code i18n/performance.properties}) and its arguments, already formatted as the dashboard writes numbers and
 * months. The application resolves the keys through Spring's {@code MessageSource}; {@link #english()} reads the
 * bundle itself, for calculations run without Spring (and their tests), and gives the same text.
 */
@FunctionalInterface
public interface Wording {

	String text(String key, Object... args);

	/** The English source bundle, formatted as Spring's message source formats it. */
	static Wording english() {
		return EnglishBundle.WORDS;
	}

}

/** Reads the English bundle once; a message without arguments is used as written, as Spring does. */
final class EnglishBundle {

	static final Wording WORDS = new EnglishBundle()::format;

	private final ResourceBundle bundle = ResourceBundle.getBundle("i18n/performance", Locale.ROOT,
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

	private EnglishBundle() {
	}

	private String format(String key, Object... args) {
		String pattern = bundle.getString(key);
		return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.UK).format(args);
	}

}

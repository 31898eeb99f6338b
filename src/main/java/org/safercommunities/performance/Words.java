package org.safercommunities.performance;

import java.util.Locale;

import org.safercommunities.performance.statistics.Wording;
import org.springframework.context.MessageSource;

/** The dashboard's sentences through the application's message source, in one language. */
final class Words {

	private Words() {
	}

	static Wording of(MessageSource messages, Locale locale) {
		return (key, args) -> messages.getMessage(key, args, locale);
	}

}

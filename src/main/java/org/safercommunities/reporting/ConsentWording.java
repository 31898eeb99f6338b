package org.safercommunities.reporting;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words a person was shown when they decided about consent, as stored with each consent event: built from the
 * very message keys the page renders, in the page's order and the person's language, so the record is the text
 * they read (the online question page) or the script staff read out (the assisted report), not a paraphrase.
 * {@code ConsentWordingIntegrationTests} compares it with the rendered page.
 */
@Component
class ConsentWording {

	/** What reporting/police.html shows, top to bottom. */
	static final List<String> ONLINE_POLICE = List.of("reporting.police.title", "reporting.police.why",
			"reporting.police.benefit.investigate", "reporting.police.benefit.patterns", "reporting.police.benefit.support",
			"reporting.police.anonymous-option", "reporting.police.question", "reporting.police.answer.YES",
			"reporting.police.answer.NO");

	/** What reporting/police-identity.html shows. */
	static final List<String> ONLINE_IDENTITY = List.of("reporting.police-identity.title", "reporting.police-identity.why",
			"reporting.police-identity.question", "reporting.police-identity.answer.YES", "reporting.police-identity.answer.NO");

	/** What staff read out and ask on the assisted report (reporting/staff/assisted.html). */
	static final List<String> ASSISTED_POLICE = List.of("reporting.staff.assisted.consent-script", "reporting.police.question",
			"reporting.police.answer.YES", "reporting.police.answer.NO");

	static final List<String> ASSISTED_IDENTITY = List.of("reporting.police-identity.question",
			"reporting.police-identity.answer.YES", "reporting.police-identity.answer.NO");

	private final MessageSource messages;

	ConsentWording(MessageSource messages) {
		this.messages = messages;
	}

	String policeSharing(boolean assisted, Locale locale) {
		return text(assisted ? ASSISTED_POLICE : ONLINE_POLICE, locale);
	}

	String identityToPolice(boolean assisted, Locale locale) {
		return text(assisted ? ASSISTED_IDENTITY : ONLINE_IDENTITY, locale);
	}

	/** One line a message, as the lines appear on the page. */
	private String text(List<String> keys, Locale locale) {
		return keys.stream().map(key -> messages.getMessage(key, null, locale)).collect(Collectors.joining("\n"));
	}

}

package org.safercommunities.referrals;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words staff read to the person when asking for consent to a referral, as stored with each consent event:
 * built from the very message keys the referral form shows, in its order, with the receiving organisation named,
 * so the record is the script that was read, not a paraphrase (the approach of reporting's ConsentWording).
 * Staff pages are in English, so the wording is too.
 */
@Component
class ReferralConsentWording {

	/** What referrals/new.html shows under "Consent", top to bottom. */
	static final List<String> ASKED = List.of("referrals.consent.script", "referrals.consent.question",
			"referrals.consent.answer.GIVEN", "referrals.consent.answer.REFUSED");

	static final String WITHDRAWN = "referrals.consent.withdrawn-wording";

	private final MessageSource messages;

	ReferralConsentWording(MessageSource messages) {
		this.messages = messages;
	}

	String asked(String organisation) {
		return ASKED.stream().map(key -> messages.getMessage(key, new Object[] { organisation }, Locale.UK))
			.collect(Collectors.joining("\n"));
	}

	String withdrawn(String organisation) {
		return messages.getMessage(WITHDRAWN, new Object[] { organisation }, Locale.UK);
	}

}

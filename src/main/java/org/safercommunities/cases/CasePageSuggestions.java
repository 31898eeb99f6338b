package org.safercommunities.cases;

import java.util.Optional;

/**
 * A next step another module suggests on the whole case page, from what the page already knows (the CS MARAC's
 * "Refer to the CS MARAC" for a repeat victim or a high risk). Implemented outside this module, so cases depends on
 * none of them; the page shows each suggestion as a link with its hint.
 */
public interface CasePageSuggestions {

	Optional<Suggestion> suggest(CaseFile file, Facts facts);

	/**
	 * @param repeatVictim a victim on the case carries the repeat-victim flag
	 * @param risk the current risk level, or null when never assessed
	 */
	record Facts(boolean repeatVictim, RiskLevel risk) {
	}

	/**
	 * @param id the element's id on the page
	 * @param href where the link goes
	 * @param textKey the message key of the link's words
	 * @param hintKey the message key of why it is suggested
	 */
	record Suggestion(String id, String href, String textKey, String hintKey) {
	}

}

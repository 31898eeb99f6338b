package org.safercommunities.reporting;

import java.util.List;
import java.util.Locale;

import org.safercommunities.reporting.ConsentEvent.Kind;
import org.safercommunities.reporting.ConsentEvent.Subject;

/**
 * Where a report stands with the police, as its reporter is told on the follow-up page. Each path has its own
 * sentence: telling someone whose report went without their consent that it went "as you agreed" (or that it is
 * "not for the police") would be untrue.
 */
enum PoliceSharing {

	/** They agreed; not shared yet. They can still withdraw. */
	AGREED_NOT_YET_SHARED,

	/** They agreed and it was shared. They can withdraw, which stops anything more going. */
	AGREED_SHARED,

	/** They said no and it has not been shared. */
	REFUSED,

	/** They said no (or withdrew), and an officer shared it on the serious-harm route. */
	SHARED_WITHOUT_CONSENT,

	/** They withdrew before anything was shared. */
	WITHDRAWN_BEFORE_SHARING,

	/** They withdrew after it was shared: the police keep what they have. */
	WITHDRAWN_AFTER_SHARING;

	static PoliceSharing of(boolean consent, boolean shared, List<ConsentEvent> events) {
		if (consent) {
			return shared ? AGREED_SHARED : AGREED_NOT_YET_SHARED;
		}
		Kind lastChange = events.stream()
			.filter(event -> event.getSubject() == Subject.POLICE_SHARING)
			.map(ConsentEvent::getKind)
			.filter(kind -> kind == Kind.WITHDRAWN || kind == Kind.OVERRIDDEN)
			.reduce((first, second) -> second)
			.orElse(null);
		if (!shared) {
			return lastChange == Kind.WITHDRAWN ? WITHDRAWN_BEFORE_SHARING : REFUSED;
		}
		// Shared without consent now: either withdrawn after a consented share, or the serious-harm override.
		return lastChange == Kind.WITHDRAWN ? WITHDRAWN_AFTER_SHARING : SHARED_WITHOUT_CONSENT;
	}

	/** The follow-up page's sentence for this path; the shared ones take the date it was shared. */
	public String messageKey() {
		return "reporting.follow-up-report.police." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** Only consent that is still given can be withdrawn. */
	public boolean canWithdraw() {
		return this == AGREED_NOT_YET_SHARED || this == AGREED_SHARED;
	}

}

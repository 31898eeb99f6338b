package org.safercommunities.performance;

import java.time.YearMonth;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.shared.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Analysts write commentary: save a draft, or publish it (kept for good, with author and date, and audited). */
@Service
class CommentaryManagement {

	static final int MAX_LENGTH = 10_000;

	private final CommentaryStore store;

	private final AuditTrail audit;

	CommentaryManagement(CommentaryStore store, AuditTrail audit) {
		this.store = store;
		this.audit = audit;
	}

	@PreAuthorize("hasRole('ANALYST')")
	@Transactional
	public void saveDraft(String indicator, String area, YearMonth period, String body) {
		store.saveDraft(indicator, area, period, clean(body), CurrentActor.require());
	}

	@PreAuthorize("hasRole('ANALYST')")
	@Transactional
	public long publish(String indicator, String area, YearMonth period, String body) {
		long id = store.publish(indicator, area, period, clean(body), CurrentActor.require());
		audit.record("INDICATOR_COMMENTARY_PUBLISHED", "indicator_commentary", id, indicator + " " + area + " " + period);
		return id;
	}

	static boolean valid(String body) {
		return body != null && !body.isBlank() && body.length() <= MAX_LENGTH;
	}

	private static String clean(String body) {
		if (!valid(body)) {
			throw new IllegalArgumentException("Commentary must have text and at most " + MAX_LENGTH + " characters");
		}
		return body.strip().replace("\r\n", "\n");
	}

}

package org.safercommunities.directory;

import java.util.HashMap;
import java.util.Map;

/**
 * Why an officer rejects one of the proposals listed on the approval page. Each proposal has its own reason box
 * ({@code reason-<proposal id>}), so the reason is kept by proposal: its field path {@code reason[<id>]} gives
 * that box's id, where the error summary links.
 */
class RejectionForm {

	private final long proposal;

	private final Map<String, String> reason = new HashMap<>();

	RejectionForm(long proposal, String reason) {
		this.proposal = proposal;
		this.reason.put(Long.toString(proposal), reason);
	}

	/** The field path of this proposal's reason. */
	String reasonField() {
		return "reason[" + proposal + "]";
	}

	long proposal() {
		return proposal;
	}

	String reason() {
		return reason.get(Long.toString(proposal));
	}

	public Map<String, String> getReason() {
		return reason;
	}

}

package org.safercommunities.shared;

import java.util.Objects;

/** What {@link RecordAccess} answers: allowed, or refused with the reason. */
public sealed interface AccessDecision {

	AccessDecision ALLOWED = new Allowed();

	static AccessDecision allowed() {
		return ALLOWED;
	}

	static AccessDecision refused(AccessRefusal reason) {
		return new Refused(reason);
	}

	default boolean isAllowed() {
		return this instanceof Allowed;
	}

	record Allowed() implements AccessDecision {
	}

	record Refused(AccessRefusal reason) implements AccessDecision {

		public Refused {
			Objects.requireNonNull(reason, "reason");
		}

	}

}

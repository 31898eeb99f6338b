package org.safercommunities.shared;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the signed-in staff member from the security context. Empty for members of the public. */
public final class CurrentActor {

	private CurrentActor() {
	}

	public static Optional<StaffActor> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffActor actor) {
			return Optional.of(actor);
		}
		return Optional.empty();
	}

	/** The signed-in staff member; refuses access when nobody is signed in. */
	public static StaffActor require() {
		return find().orElseThrow(() -> new AccessDeniedException("Staff sign-in required"));
	}

}

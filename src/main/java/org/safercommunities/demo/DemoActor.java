package org.safercommunities.demo;

import java.util.Set;

import org.safercommunities.shared.Role;
import org.safercommunities.shared.StaffActor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * A demo account acting without signing in, so the demo's records go through the modules' published APIs with their
 * access rules and audit, exactly as an officer's would.
 */
record DemoActor(long userId, String username, String displayName, long organisationId, String organisationName,
		Set<Role> roles) implements StaffActor {

	/** Runs {@code work} as this actor, then forgets it. */
	void run(Runnable work) {
		SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(this,
				null, roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList())));
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}

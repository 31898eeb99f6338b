package org.safercommunities.security;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in. A throttled account and address (or address) is refused before the password is even checked, so
 * a lock-out is no password oracle. Whether the account is disabled is told only after the right password: a
 * stranger typing a disabled colleague's address learns nothing, and every path hashes a password, so timing does
 * not tell either.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

	private final SignInThrottle throttle;

	ThrottledAuthenticationProvider(StaffUserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle) {
		super(users);
		setPasswordEncoder(encoder);
		this.throttle = throttle;
		setPreAuthenticationChecks(user -> {
		});
		setPostAuthenticationChecks(user -> {
			if (!user.isEnabled()) {
				boolean dormant = user instanceof StaffPrincipal principal && principal.disabledAsDormant();
				throw dormant ? new DormantAccountException() : new DisabledException("Account disabled");
			}
		});
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		if (throttle.refusedUntil(authentication.getName(), clientAddress(authentication)).isPresent()) {
			throw new LockedException("Too many failed sign-in attempts");
		}
		return super.authenticate(authentication);
	}

	static String clientAddress(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

	/** The right password for an account the dormant-account job disabled. */
	static class DormantAccountException extends DisabledException {

		DormantAccountException() {
			super("Account disabled after a long time unused");
		}

	}

}

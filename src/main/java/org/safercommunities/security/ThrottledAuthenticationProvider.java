package org.safercommunities.security;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Refuses a locked username before its password is even checked, so a locked account is no password oracle. */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

	private final SignInThrottle throttle;

	ThrottledAuthenticationProvider(StaffUserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle) {
		super(users);
		setPasswordEncoder(encoder);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		if (throttle.isLocked(authentication.getName())) {
			throw new LockedException("Too many failed sign-in attempts");
		}
		return super.authenticate(authentication);
	}

}

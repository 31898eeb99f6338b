package org.safercommunities.security;

import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.Organisations;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads a staff account for sign-in. An account of an inactive organisation cannot sign in. */
@Service
class StaffUserDetailsService implements UserDetailsService {

	private final StaffUserRepository users;

	private final Organisations organisations;

	private final SecuritySettings settings;

	StaffUserDetailsService(StaffUserRepository users, Organisations organisations, SecuritySettings settings) {
		this.users = users;
		this.organisations = organisations;
		this.settings = settings;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		StaffUser user = users.findByEmail(SignInThrottle.normalise(username))
			.orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
		return principalFor(user);
	}

	StaffPrincipal principalFor(StaffUser user) {
		Organisation organisation = organisations.find(user.getOrganisationId()).orElseThrow();
		return new StaffPrincipal(user, organisation.getName(), organisation.isActive(),
				settings.mfa().requiredForAny(user.getRoles()));
	}

}

package org.safercommunities.security;

import java.util.EnumSet;
import java.util.Set;

import org.safercommunities.shared.Role;
import org.safercommunities.system.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SecurityNavigation {

	@Bean
	NavigationItem staffUsersNavigationItem() {
		return new NavigationItem("nav.users", "/staff/admin/users", Set.of(Role.ADMIN), 800);
	}

	@Bean
	NavigationItem accountNavigationItem() {
		return new NavigationItem("nav.account", "/staff/account", EnumSet.allOf(Role.class), 990);
	}

}

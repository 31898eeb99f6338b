package org.safercommunities.system;

import java.util.EnumSet;

import org.safercommunities.shared.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SystemNavigation {

	@Bean
	NavigationItem staffHomeNavigationItem() {
		return new NavigationItem("nav.home", "/staff", EnumSet.allOf(Role.class), 0);
	}

	@Bean
	NavigationItem eventPublicationsNavigationItem() {
		return new NavigationItem("nav.events", "/staff/admin/events", EnumSet.of(Role.ADMIN), 820);
	}

}

package org.safercommunities.enforcement;

import java.util.Set;

import org.safercommunities.shared.Role;
import org.safercommunities.system.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EnforcementNavigation {

	@Bean
	NavigationItem enforcementNavigationItem() {
		return new NavigationItem("nav.enforcement", "/staff/enforcement/reports",
				Set.of(Role.OFFICER, Role.POLICE, Role.COORDINATOR, Role.ANALYST, Role.BOARD), 125);
	}

	@Bean
	NavigationItem enforcementListsNavigationItem() {
		return new NavigationItem("nav.enforcement-lists", "/staff/admin/enforcement", Set.of(Role.ADMIN), 925);
	}

}

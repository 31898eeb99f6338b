package org.safercommunities.performance;

import java.util.Set;

import org.safercommunities.shared.Role;
import org.safercommunities.system.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PerformanceNavigation {

	@Bean
	NavigationItem dashboardNavigationItem() {
		return new NavigationItem("nav.dashboard", "/staff/dashboard", Set.of(Role.ANALYST, Role.OFFICER, Role.BOARD), 500);
	}

}

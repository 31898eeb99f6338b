package org.safercommunities.engagement;

import java.util.Set;

import org.safercommunities.shared.Role;
import org.safercommunities.system.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EngagementNavigation {

	@Bean
	NavigationItem engagementNavigationItem() {
		return new NavigationItem("nav.engagement", "/staff/engagement", Set.of(Role.OFFICER, Role.COORDINATOR), 520);
	}

}

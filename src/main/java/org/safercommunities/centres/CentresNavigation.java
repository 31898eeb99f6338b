package org.safercommunities.centres;

import java.util.Set;

import org.safercommunities.shared.Role;
import org.safercommunities.system.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CentresNavigation {

	@Bean
	NavigationItem centresNavigationItem() {
		return new NavigationItem("nav.centres", "/staff/centres", Set.of(Role.COORDINATOR, Role.OFFICER), 300);
	}

	@Bean
	NavigationItem returnsNavigationItem() {
		return new NavigationItem("nav.returns", "/staff/returns",
				Set.of(Role.CENTRE_WORKER, Role.OFFICER, Role.COORDINATOR), 310);
	}

}

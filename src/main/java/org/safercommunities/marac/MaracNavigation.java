package org.safercommunities.marac;

import java.util.Set;

import org.safercommunities.shared.Role;
import org.safercommunities.system.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MaracNavigation {

	@Bean
	NavigationItem maracNavigationItem() {
		return new NavigationItem("nav.marac", "/staff/marac", Set.of(Role.OFFICER, Role.POLICE, Role.PARTNER), 135);
	}

}

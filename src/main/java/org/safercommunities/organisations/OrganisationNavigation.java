package org.safercommunities.organisations;

import java.util.Set;

import org.safercommunities.shared.Role;
import org.safercommunities.system.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrganisationNavigation {

	@Bean
	NavigationItem organisationsNavigationItem() {
		return new NavigationItem("nav.organisations", "/staff/admin/organisations", Set.of(Role.ADMIN), 810);
	}

}

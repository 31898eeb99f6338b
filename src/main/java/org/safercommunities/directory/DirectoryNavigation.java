package org.safercommunities.directory;

import java.util.Set;

import org.safercommunities.shared.Role;
import org.safercommunities.system.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DirectoryNavigation {

	@Bean
	NavigationItem directoryNavigationItem() {
		return new NavigationItem("nav.directory", "/staff/directory", Set.of(Role.OFFICER), 450);
	}

}

package org.safercommunities.imports;

import java.util.Set;

import org.safercommunities.shared.Role;
import org.safercommunities.system.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ImportNavigation {

	@Bean
	NavigationItem importsNavigationItem() {
		return new NavigationItem("nav.imports", "/staff/imports", Set.of(Role.ANALYST), 600);
	}

}

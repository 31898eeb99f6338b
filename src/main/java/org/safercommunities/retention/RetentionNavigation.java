package org.safercommunities.retention;

import java.util.Set;

import org.safercommunities.shared.Role;
import org.safercommunities.system.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RetentionNavigation {

	@Bean
	NavigationItem retentionNavigationItem() {
		return new NavigationItem("nav.retention", "/staff/admin/retention", Set.of(Role.ADMIN), 840);
	}

}

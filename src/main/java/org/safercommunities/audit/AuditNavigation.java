package org.safercommunities.audit;

import java.util.Set;

import org.safercommunities.shared.Role;
import org.safercommunities.system.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

	@Bean
	NavigationItem auditLogNavigationItem() {
		return new NavigationItem("nav.audit", "/staff/audit", Set.of(Role.ADMIN), 820);
	}

}

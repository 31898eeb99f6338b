package org.safercommunities.plans;

import java.util.Set;

import org.safercommunities.shared.Role;
import org.safercommunities.system.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlanNavigation {

	@Bean
	NavigationItem plansNavigationItem() {
		return new NavigationItem("nav.plans", "/staff/plans", Set.of(PlanAccess.READERS), 530);
	}

}

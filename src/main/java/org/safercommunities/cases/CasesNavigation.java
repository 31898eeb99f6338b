package org.safercommunities.cases;

import java.util.Set;

import org.safercommunities.shared.Role;
import org.safercommunities.system.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CasesNavigation {

	@Bean
	NavigationItem casesNavigationItem() {
		return new NavigationItem("nav.cases", "/staff/cases", Set.of(Role.OFFICER, Role.POLICE, Role.PARTNER), 120);
	}

	@Bean
	NavigationItem caseTypesNavigationItem() {
		return new NavigationItem("nav.case-types", "/staff/admin/case-types", Set.of(Role.ADMIN), 920);
	}

}

package org.safercommunities.casereview;

import java.util.Set;

import org.safercommunities.shared.Role;
import org.safercommunities.system.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CaseReviewNavigation {

	@Bean
	NavigationItem caseReviewNavigationItem() {
		return new NavigationItem("nav.case-reviews", "/staff/case-reviews", Set.of(Role.OFFICER), 130);
	}

}

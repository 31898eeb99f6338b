package org.safercommunities.reporting;

import java.util.Set;

import org.safercommunities.shared.Role;
import org.safercommunities.system.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportingNavigation {

	@Bean
	NavigationItem reportsNavigationItem() {
		return new NavigationItem("nav.reports", "/staff/reports", Set.of(Role.OFFICER, Role.CENTRE_WORKER, Role.POLICE), 100);
	}

	@Bean
	NavigationItem assistedReportNavigationItem() {
		return new NavigationItem("nav.assisted-report", "/staff/assisted-report", Set.of(Role.OFFICER, Role.CENTRE_WORKER), 110);
	}

}

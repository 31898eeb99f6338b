package org.safercommunities.people;

import java.util.Set;

import org.safercommunities.shared.Role;
import org.safercommunities.system.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PeopleNavigation {

	@Bean
	NavigationItem peopleNavigationItem() {
		return new NavigationItem("nav.people", "/staff/people", Set.of(Role.OFFICER), 160);
	}

	@Bean
	NavigationItem subjectAccessNavigationItem() {
		return new NavigationItem("nav.subject-access", "/staff/admin/subject-access", Set.of(Role.ADMIN), 830);
	}

}

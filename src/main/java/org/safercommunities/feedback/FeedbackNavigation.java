package org.safercommunities.feedback;

import java.util.Set;

import org.safercommunities.shared.Role;
import org.safercommunities.system.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FeedbackNavigation {

	@Bean
	NavigationItem feedbackNavigationItem() {
		return new NavigationItem("nav.feedback", "/staff/feedback", Set.of(Role.OFFICER), 525);
	}

}

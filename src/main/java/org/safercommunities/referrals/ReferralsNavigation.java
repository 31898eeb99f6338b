package org.safercommunities.referrals;

import java.util.Set;

import org.safercommunities.shared.Role;
import org.safercommunities.system.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReferralsNavigation {

	@Bean
	NavigationItem referralsNavigationItem() {
		return new NavigationItem("nav.referrals", "/staff/referrals", Set.of(Role.OFFICER, Role.POLICE, Role.PARTNER), 125);
	}

	@Bean
	NavigationItem referralServicesNavigationItem() {
		return new NavigationItem("nav.referral-services", "/staff/admin/referral-services", Set.of(Role.ADMIN), 925);
	}

}

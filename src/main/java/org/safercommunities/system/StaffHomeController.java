package org.safercommunities.system;

import org.safercommunities.shared.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in start page: one card for each part of the service the staff member's roles open. */
@Controller
@PreAuthorize("isAuthenticated()")
class StaffHomeController {

	private final StaffNavigation navigation;

	StaffHomeController(StaffNavigation navigation) {
		this.navigation = navigation;
	}

	@GetMapping("/staff")
	String home(Model model) {
		model.addAttribute("cards", navigation.cardsFor(CurrentActor.require()));
		return "system/staff-home";
	}

}

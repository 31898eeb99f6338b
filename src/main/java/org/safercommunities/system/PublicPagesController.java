package org.safercommunities.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public start page and the statements every public service must have. */
@Controller
class PublicPagesController {

	@GetMapping("/")
	String home() {
		return "system/home";
	}

	@GetMapping("/get-help")
	String getHelp() {
		return "system/get-help";
	}

	@GetMapping("/accessibility")
	String accessibility() {
		return "system/accessibility";
	}

	@GetMapping("/privacy")
	String privacy() {
		return "system/privacy";
	}

	@GetMapping("/cookies")
	String cookies() {
		return "system/cookies";
	}

}

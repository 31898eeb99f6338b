package org.safercommunities.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.safercommunities.shared.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page. The outcome of the last attempt arrives as a query parameter from {@link SignInHandlers}. */
@Controller
class LoginController {

	private final SignInThrottle throttle;

	LoginController(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	/** Outcomes {@link SignInHandlers} and the sign-out and time-out redirects put in the query string. */
	private static final List<String> OUTCOMES = List.of("error", "locked", "disabled", "signed-out", "timed-out");

	@GetMapping("/login")
	String login(Model model, HttpSession session, HttpServletRequest request) {
		if (CurrentActor.find().isPresent()) {
			return "redirect:/staff";
		}
		Object lastEmail = session.getAttribute(SignInHandlers.LAST_EMAIL);
		session.removeAttribute(SignInHandlers.LAST_EMAIL);
		model.addAttribute("email", lastEmail == null ? "" : lastEmail);
		model.addAttribute("lockoutMinutes", throttle.lockoutMinutes());
		String outcome = OUTCOMES.stream().filter(request.getParameterMap()::containsKey).findFirst().orElse(null);
		model.addAttribute("outcome", outcome);
		model.addAttribute("formHasErrors", outcome != null && List.of("error", "locked", "disabled").contains(outcome));
		return "security/login";
	}

}

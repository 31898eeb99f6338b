package org.safercommunities.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.safercommunities.shared.CurrentActor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page. The outcome of the last attempt arrives as a query parameter from {@link SignInHandlers}. */
@Controller
class LoginController {

	private final SecuritySettings settings;

	private final ObjectProvider<OidcSignIn> identityProvider;

	LoginController(SecuritySettings settings, ObjectProvider<OidcSignIn> identityProvider) {
		this.settings = settings;
		this.identityProvider = identityProvider;
	}

	/** Outcomes {@link SignInHandlers} and the sign-out and time-out redirects put in the query string. */
	private static final List<String> OUTCOMES = List.of("error", "locked", "disabled", "dormant", "signed-out",
			"timed-out");

	@GetMapping("/login")
	String login(Model model, HttpSession session, HttpServletRequest request) {
		if (CurrentActor.find().isPresent()) {
			return "redirect:/staff";
		}
		Object lastEmail = session.getAttribute(SignInHandlers.LAST_EMAIL);
		session.removeAttribute(SignInHandlers.LAST_EMAIL);
		Object lockedMinutes = session.getAttribute(SignInHandlers.LOCKED_MINUTES);
		session.removeAttribute(SignInHandlers.LOCKED_MINUTES);
		SignInForm form = new SignInForm(lastEmail == null ? "" : lastEmail.toString());
		BindingResult result = new BeanPropertyBindingResult(form, "signInForm");
		model.addAttribute("lockoutMinutes", lockedMinutes == null ? settings.lockout().duration().toMinutes() : lockedMinutes);
		model.addAttribute("dormantDays", settings.dormant().after().toDays());
		String outcome = OUTCOMES.stream().filter(request.getParameterMap()::containsKey).findFirst().orElse(null);
		model.addAttribute("outcome", outcome);
		if ("error".equals(outcome)) {
			// Which of the two was wrong is not said (it would tell whether an account exists): about the form.
			result.reject("login.error");
		}
		else if ("locked".equals(outcome) || "disabled".equals(outcome) || "dormant".equals(outcome)) {
			// Not a mistake in the form but a notice about the account, which the page shows in its own box.
			model.addAttribute("formHasErrors", true);
		}
		model.addAllAttributes(result.getModel());
		// The council's identity provider, when configured; the password form may be hidden then, though
		// /login?password still shows it (an administrator's way in while the provider is out of reach).
		OidcSignIn oidc = identityProvider.getIfAvailable();
		model.addAttribute("oidcPath", oidc == null ? null : oidc.startPath());
		model.addAttribute("oidcProvider", oidc == null ? null : oidc.providerName());
		model.addAttribute("passwordForm", oidc == null || oidc.passwordForm() || request.getParameter("password") != null
				|| outcome != null && !"signed-out".equals(outcome) && !"timed-out".equals(outcome));
		return "security/login";
	}

}

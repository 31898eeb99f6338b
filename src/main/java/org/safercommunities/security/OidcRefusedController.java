package org.safercommunities.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Why the council's identity provider's sign-in did not sign anyone in here ({@link SignInHandlers#oidcFailure()}):
 * a page that says what to do, never an error page. Present only when that sign-in is on.
 */
@Controller
@ConditionalOnProperty(prefix = "safer.security.oidc", name = "enabled", havingValue = "true")
class OidcRefusedController {

	/** The reasons {@link SignInHandlers#oidcFailure()} puts in the query string; anything else reads as failed. */
	private static final List<String> REASONS = List.of("no-account", "unverified", "disabled", "dormant", "failed");

	private final OidcSignIn oidc;

	private final SecuritySettings settings;

	OidcRefusedController(OidcSignIn oidc, SecuritySettings settings) {
		this.oidc = oidc;
		this.settings = settings;
	}

	@GetMapping(OidcSignIn.REFUSED_PAGE)
	String refused(HttpServletRequest request, Model model) {
		String reason = REASONS.stream().filter(request.getParameterMap()::containsKey).findFirst().orElse("failed");
		model.addAttribute("reason", reason);
		model.addAttribute("oidcProvider", oidc.providerName());
		model.addAttribute("dormantDays", settings.dormant().after().toDays());
		return "security/oidc-refused";
	}

}

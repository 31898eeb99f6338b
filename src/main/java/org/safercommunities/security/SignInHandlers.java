package org.safercommunities.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.audit.AuditTrail.AuditActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * What happens around sign-in: failures count towards the lock-out, every outcome is audited, and the typed
 * e-mail address comes back on the form. Log lines carry user ids only, never names or addresses.
 */
@Component
class SignInHandlers {

	static final String LAST_EMAIL = "safer.lastEmail";

	private static final Logger log = LoggerFactory.getLogger(SignInHandlers.class);

	private final SignInThrottle throttle;

	private final StaffAccounts accounts;

	private final AuditTrail audit;

	SignInHandlers(SignInThrottle throttle, StaffAccounts accounts, AuditTrail audit) {
		this.throttle = throttle;
		this.accounts = accounts;
		this.audit = audit;
	}

	SavedRequestAwareAuthenticationSuccessHandler success() {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws ServletException, IOException {
				StaffPrincipal principal = (StaffPrincipal) authentication.getPrincipal();
				throttle.reset(principal.username());
				accounts.markSignedIn(principal.userId());
				audit.append(AuditActor.of(principal), "SIGN_IN", "staff_user", principal.userId(), null);
				log.info("Staff user {} signed in", principal.userId());
				if (principal.mustChangePassword()) {
					getRedirectStrategy().sendRedirect(request, response, "/staff/account/password");
					return;
				}
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
		handler.setDefaultTargetUrl("/staff");
		return handler;
	}

	AuthenticationFailureHandler failure() {
		return (request, response, exception) -> {
			String typed = request.getParameter("email");
			request.getSession().setAttribute(LAST_EMAIL, typed);
			String outcome = outcomeOf(exception, typed);
			response.sendRedirect(request.getContextPath() + "/login?" + outcome);
		};
	}

	LogoutHandler auditSignOut() {
		return (request, response, authentication) -> {
			if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
				audit.append(AuditActor.of(principal), "SIGN_OUT", "staff_user", principal.userId(), null);
			}
		};
	}

	private String outcomeOf(AuthenticationException exception, String typed) {
		Long userId = accounts.idOf(typed).orElse(null);
		// Only a real account's address goes into the audit log; whatever else was typed is not kept.
		AuditActor actor = new AuditActor(userId, userId == null ? "unknown username" : SignInThrottle.normalise(typed),
				null);
		if (exception instanceof LockedException) {
			audit.append(actor, "SIGN_IN_REFUSED_LOCKED", "staff_user", userId, "Locked after repeated failures");
			return "locked";
		}
		if (exception instanceof DisabledException) {
			audit.append(actor, "SIGN_IN_REFUSED_DISABLED", "staff_user", userId, "Account disabled");
			return "disabled";
		}
		boolean nowLocked = throttle.recordFailure(typed);
		audit.append(actor, "SIGN_IN_FAILED", "staff_user", userId, "Wrong e-mail address or password");
		log.info("Failed staff sign-in (account id {})", userId);
		if (nowLocked) {
			audit.append(actor, "ACCOUNT_LOCKED", "staff_user", userId,
					"Locked for " + throttle.lockoutMinutes() + " minutes");
			return "locked";
		}
		return "error";
	}

}

package org.safercommunities.security;

import org.safercommunities.shared.CurrentActor;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Locale;

/** The signed-in user's own account: who they are, and changing their password. */
@Controller
@PreAuthorize("isAuthenticated()")
class AccountController {

	private final StaffAccounts accounts;

	private final StaffUserDetailsService userDetails;

	private final MessageSource messages;

	private final HttpSessionSecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	AccountController(StaffAccounts accounts, StaffUserDetailsService userDetails, MessageSource messages) {
		this.accounts = accounts;
		this.userDetails = userDetails;
		this.messages = messages;
	}

	@GetMapping("/staff/account")
	String account(Model model) {
		StaffPrincipal principal = (StaffPrincipal) CurrentActor.require();
		model.addAttribute("principal", principal);
		model.addAttribute("user", accounts.find(principal.userId()).orElseThrow());
		return "security/account";
	}

	@GetMapping("/staff/account/password")
	String passwordForm(@ModelAttribute("passwordForm") PasswordForm form, Model model) {
		model.addAttribute("mustChange", ((StaffPrincipal) CurrentActor.require()).mustChangePassword());
		return "security/password";
	}

	@PostMapping("/staff/account/password")
	String changePassword(@ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		StaffPrincipal principal = (StaffPrincipal) CurrentActor.require();
		new PasswordFormValidator(principal.username()).validate(form, result);
		if (!result.hasErrors() && !accounts.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword())) {
			result.rejectValue("currentPassword", "password.current-wrong");
		}
		if (result.hasErrors()) {
			model.addAttribute("mustChange", principal.mustChangePassword());
			return "security/password";
		}
		refreshPrincipal(principal, request, response);
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("password.changed", null, locale));
		return "redirect:/staff/account";
	}

	/** The session holds a copy of the account; replace it so "must change password" is lifted at once. */
	private void refreshPrincipal(StaffPrincipal old, HttpServletRequest request, HttpServletResponse response) {
		StaffUser user = accounts.find(old.userId()).orElseThrow();
		StaffPrincipal fresh = userDetails.principalFor(user);
		fresh.eraseCredentials();
		// The factors given at sign-in (password, authenticator) stay: changing a password is not signing in again.
		java.util.List<org.springframework.security.core.GrantedAuthority> authorities = new java.util.ArrayList<>(
				fresh.getAuthorities());
		SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
			.filter(org.springframework.security.core.authority.FactorGrantedAuthority.class::isInstance)
			.forEach(authorities::add);
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(fresh, null, authorities);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contextRepository.saveContext(context, request, response);
	}

}

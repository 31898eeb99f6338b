package org.safercommunities.security;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.safercommunities.security.SecondFactor.CodeCheck;
import org.safercommunities.shared.CurrentActor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second step of signing in, after the password: a code from the authenticator app, or a recovery code; and
 * setting up the app (a QR code drawn here, the secret as text, a first code to prove it works, then recovery codes
 * shown once). Reached with the password alone ({@code /login/mfa/**} needs only that); everything under
 * {@code /staff} needs this step too (SecurityConfiguration).
 */
@Controller
class SecondFactorController {

	static final String CODE_PAGE = "/login/mfa";

	static final String SETUP_PAGE = "/login/mfa/setup";

	/** The secret being set up, kept in the (encrypted) session until a code proves the app has it. */
	static final String PENDING_SECRET = "safer.mfa.pendingSecret";

	private final SecondFactor secondFactor;

	private final SignInHandlers signIn;

	private final MessageSource messages;

	SecondFactorController(SecondFactor secondFactor, SignInHandlers signIn, MessageSource messages) {
		this.secondFactor = secondFactor;
		this.signIn = signIn;
		this.messages = messages;
	}

	@GetMapping(CODE_PAGE)
	String codePage(@ModelAttribute("codeForm") CodeForm form) {
		StaffPrincipal principal = principal();
		if (signIn.hasSecondFactor()) {
			return "redirect:/staff";
		}
		if (!principal.secondFactorEnrolled()) {
			return "redirect:" + SETUP_PAGE;
		}
		return "security/mfa-code";
	}

	@PostMapping(CODE_PAGE)
	String checkCode(@ModelAttribute("codeForm") CodeForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response) {
		StaffPrincipal principal = principal();
		CodeFormValidator.APP.validate(form, result);
		if (!result.hasErrors()) {
			CodeCheck check = secondFactor.verify(principal, form.getCode());
			if (check.isAccepted()) {
				return "redirect:" + signIn.secondFactorGiven(principal, request, response);
			}
			reject(result, check);
		}
		form.setCode("");
		return "security/mfa-code";
	}

	@GetMapping("/login/mfa/recovery")
	String recoveryPage(@ModelAttribute("codeForm") CodeForm form) {
		StaffPrincipal principal = principal();
		if (signIn.hasSecondFactor()) {
			return "redirect:/staff";
		}
		return principal.secondFactorEnrolled() ? "security/mfa-recovery" : "redirect:" + SETUP_PAGE;
	}

	@PostMapping("/login/mfa/recovery")
	String useRecoveryCode(@ModelAttribute("codeForm") CodeForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		StaffPrincipal principal = principal();
		CodeFormValidator.RECOVERY.validate(form, result);
		if (!result.hasErrors()) {
			CodeCheck check = secondFactor.useRecoveryCode(principal, form.getCode());
			if (check.isAccepted()) {
				long left = secondFactor.recoveryCodesLeft(principal.userId());
				redirect.addFlashAttribute("flashSuccess",
						messages.getMessage("mfa.recovery.used", new Object[] { left }, locale));
				return "redirect:" + signIn.secondFactorGiven(principal, request, response);
			}
			reject(result, check);
		}
		form.setCode("");
		return "security/mfa-recovery";
	}

	@GetMapping(SETUP_PAGE)
	String setupPage(@ModelAttribute("codeForm") CodeForm form, Model model, HttpSession session) {
		StaffPrincipal principal = principal();
		if (principal.secondFactorEnrolled() || secondFactor.isEnrolled(principal.userId())) {
			return "redirect:" + (signIn.hasSecondFactor() ? "/staff/account" : CODE_PAGE);
		}
		return showSetup(principal, model, session);
	}

	@PostMapping(SETUP_PAGE)
	String confirmSetup(@ModelAttribute("codeForm") CodeForm form, BindingResult result, Model model,
			HttpSession session, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		StaffPrincipal principal = principal();
		if (secondFactor.isEnrolled(principal.userId())) {
			return "redirect:" + CODE_PAGE;
		}
		Object pending = session.getAttribute(PENDING_SECRET);
		CodeFormValidator.APP.validate(form, result);
		if (!result.hasErrors() && pending instanceof String secret) {
			var codes = secondFactor.confirmEnrolment(principal, secret, form.getCode());
			if (codes.isPresent()) {
				session.removeAttribute(PENDING_SECRET);
				String next = signIn.secondFactorGiven(principal, request, response);
				redirect.addFlashAttribute("recoveryCodes", codes.get());
				redirect.addFlashAttribute("next", next);
				return "redirect:/login/mfa/recovery-codes";
			}
			result.rejectValue("code", "mfa.setup.wrong");
		}
		else if (!result.hasErrors()) {
			// The session lost the secret (it timed out): a new one is shown.
			result.rejectValue("code", "mfa.setup.expired");
		}
		form.setCode("");
		return showSetup(principal, model, session);
	}

	/** The recovery codes, once: they arrive as a flash attribute and are gone on reload. */
	@GetMapping("/login/mfa/recovery-codes")
	String recoveryCodes(Model model) {
		principal();
		if (!(model.getAttribute("recoveryCodes") instanceof List<?>)) {
			return "redirect:/staff";
		}
		return "security/mfa-recovery-codes";
	}

	private String showSetup(StaffPrincipal principal, Model model, HttpSession session) {
		Object pending = session.getAttribute(PENDING_SECRET);
		SecondFactor.Enrolment enrolment = pending instanceof String secret ? secondFactor.enrolment(principal, secret)
				: secondFactor.newEnrolment(principal);
		session.setAttribute(PENDING_SECRET, enrolment.secretText());
		model.addAttribute("secret", enrolment.secretText());
		model.addAttribute("issuer", enrolment.issuer());
		model.addAttribute("account", principal.username());
		model.addAttribute("qrCode", enrolment.qrCodeSvg(messages.getMessage("mfa.setup.qr-label", null,
				org.springframework.context.i18n.LocaleContextHolder.getLocale())));
		model.addAttribute("required", principal.secondFactorRequired());
		return "security/mfa-setup";
	}

	private static void reject(BindingResult result, CodeCheck check) {
		if (check.outcome() == CodeCheck.Outcome.LOCKED) {
			result.rejectValue("code", "mfa.code.locked", new Object[] { check.minutes() }, null);
		}
		else {
			result.rejectValue("code", "mfa.code.wrong");
		}
	}

	private static StaffPrincipal principal() {
		return (StaffPrincipal) CurrentActor.require();
	}

}

package org.safercommunities.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.security.StaffUserForms.RolesForm;
import org.safercommunities.security.StaffUserForms.TemporaryPasswordForm;
import org.safercommunities.security.StaffUserFormValidators.RolesValidator;
import org.safercommunities.security.StaffUserFormValidators.TemporaryPasswordValidator;
import org.safercommunities.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** Administrators add staff users, change their roles, disable, unlock and reset them. */
@Controller
@RequestMapping("/staff/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

	private static final NewUserFormValidator NEW_USER_RULES = new NewUserFormValidator();

	private static final RolesValidator ROLES_RULES = new RolesValidator();

	private final StaffAccounts accounts;

	private final Organisations organisations;

	private final MessageSource messages;

	private final SecuritySettings settings;

	UserAdminController(StaffAccounts accounts, Organisations organisations, MessageSource messages,
			SecuritySettings settings) {
		this.settings = settings;
		this.accounts = accounts;
		this.organisations = organisations;
		this.messages = messages;
	}

	@InitBinder
	void forbidId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute("allRoles")
	List<Role> allRoles() {
		return Arrays.asList(Role.values());
	}

	@GetMapping
	String list(@RequestParam(required = false) Long organisation, Model model) {
		List<StaffUser> users = accounts.list(organisation);
		model.addAttribute("users", users);
		model.addAttribute("mfaRequired", users.stream()
			.filter(accounts::secondFactorRequired)
			.map(StaffUser::getId)
			.collect(Collectors.toSet()));
		model.addAttribute("organisationNames", organisationNames());
		model.addAttribute("organisations", organisations.all());
		model.addAttribute("selectedOrganisation", organisation);
		return "security/users";
	}

	@GetMapping("/new")
	String newUser(@ModelAttribute("userForm") NewUserForm form, Model model) {
		model.addAttribute("organisations", organisations.active());
		return "security/user-new";
	}

	@PostMapping
	String create(@ModelAttribute("userForm") NewUserForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		NEW_USER_RULES.validate(form, result);
		if (!result.hasFieldErrors("email") && accounts.emailInUse(form.getEmail())) {
			result.rejectValue("email", "user.email.taken");
		}
		if (result.hasErrors()) {
			model.addAttribute("organisations", organisations.active());
			return "security/user-new";
		}
		StaffUser user = accounts.create(form.toRequest());
		redirect.addFlashAttribute("flashSuccess",
				messages.getMessage("user.created", new Object[] { user.getDisplayName() }, locale));
		return "redirect:/staff/admin/users/" + user.getId();
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		StaffUser user = accounts.view(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("user", user);
		model.addAttribute("organisationName", organisations.find(user.getOrganisationId())
			.map(Organisation::getName)
			.orElse(""));
		model.addAttribute("locked", accounts.isLocked(user));
		model.addAttribute("mfaRequired", accounts.secondFactorRequired(user));
		model.addAttribute("dormantDays", settings.dormant().after().toDays());
		return "security/user";
	}

	@PostMapping("/{id}/roles")
	String changeRoles(@PathVariable long id, @ModelAttribute("rolesForm") RolesForm form, BindingResult result,
			RedirectAttributes redirect, Locale locale) {
		ROLES_RULES.validate(form, result);
		if (result.hasErrors()) {
			result.getModel().forEach(redirect::addFlashAttribute);
			return "redirect:/staff/admin/users/" + id + "#roles";
		}
		accounts.changeRoles(id, EnumSet.copyOf(form.getRoles()));
		return done(id, "user.roles-changed", redirect, locale);
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		accounts.setEnabled(id, false);
		return done(id, "user.disabled", redirect, locale);
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		accounts.setEnabled(id, true);
		return done(id, "user.enabled", redirect, locale);
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		accounts.unlock(id);
		return done(id, "user.unlocked", redirect, locale);
	}

	@PostMapping("/{id}/mfa-reset")
	String resetSecondFactor(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		accounts.resetSecondFactor(id);
		return done(id, "user.mfa.was-reset", redirect, locale);
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @ModelAttribute("temporaryPasswordForm") TemporaryPasswordForm form,
			BindingResult result, RedirectAttributes redirect, Locale locale) {
		StaffUser user = accounts.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		new TemporaryPasswordValidator(user.getEmail()).validate(form, result);
		if (result.hasErrors()) {
			withoutPassword(result).getModel().forEach(redirect::addFlashAttribute);
			return "redirect:/staff/admin/users/" + id + "#reset-password";
		}
		accounts.resetPassword(id, form.getTemporaryPassword());
		return done(id, "user.password-reset", redirect, locale);
	}

	/**
	 * The same errors on an empty form: flash attributes are kept in the session, which must never hold a
	 * password, not even one refused (a field error keeps the value it rejected).
	 */
	private static BindingResult withoutPassword(BindingResult result) {
		BindingResult safe = new BeanPropertyBindingResult(new TemporaryPasswordForm(), result.getObjectName());
		result.getFieldErrors()
			.forEach(error -> safe.rejectValue(error.getField(), error.getCode(), error.getArguments(), null));
		return safe;
	}

	private String done(long id, String messageKey, RedirectAttributes redirect, Locale locale) {
		redirect.addFlashAttribute("flashSuccess", messages.getMessage(messageKey, null, locale));
		return "redirect:/staff/admin/users/" + id;
	}

	private Map<Long, String> organisationNames() {
		return organisations.all().stream()
			.collect(Collectors.toMap(Organisation::getId, Organisation::getName, (a, b) -> a));
	}

}

package org.safercommunities.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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

	private final StaffAccounts accounts;

	private final Organisations organisations;

	private final MessageSource messages;

	UserAdminController(StaffAccounts accounts, Organisations organisations, MessageSource messages) {
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
		model.addAttribute("users", accounts.list(organisation));
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
		return "security/user";
	}

	@PostMapping("/{id}/roles")
	String changeRoles(@PathVariable long id, @RequestParam(name = "roles", required = false) Set<Role> roles,
			RedirectAttributes redirect, Locale locale) {
		if (roles == null || roles.isEmpty()) {
			redirect.addFlashAttribute("rolesError", messages.getMessage("user.roles.blank", null, locale));
			return "redirect:/staff/admin/users/" + id + "#roles";
		}
		accounts.changeRoles(id, EnumSet.copyOf(roles));
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

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam(defaultValue = "") String temporaryPassword,
			RedirectAttributes redirect, Locale locale) {
		StaffUser user = accounts.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		var problem = PasswordPolicy.problemWith(temporaryPassword, user.getEmail());
		if (problem.isPresent()) {
			redirect.addFlashAttribute("passwordError", messages.getMessage(problem.get(), null, locale));
			return "redirect:/staff/admin/users/" + id + "#reset-password";
		}
		accounts.resetPassword(id, temporaryPassword);
		return done(id, "user.password-reset", redirect, locale);
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

package org.safercommunities.organisations;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** Administrators add organisations to the partnership and keep their details right. */
@Controller
@RequestMapping("/staff/admin/organisations")
@PreAuthorize("hasRole('ADMIN')")
class OrganisationAdminController {

	private static final OrganisationFormValidator RULES = new OrganisationFormValidator();

	private final Organisations organisations;

	private final MessageSource messages;

	OrganisationAdminController(Organisations organisations, MessageSource messages) {
		this.organisations = organisations;
		this.messages = messages;
	}

	@InitBinder
	void forbidId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute("types")
	List<OrganisationType> types() {
		return Arrays.asList(OrganisationType.values());
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("organisations", organisations.all());
		return "organisations/list";
	}

	@GetMapping("/new")
	String newOrganisation(@ModelAttribute("organisationForm") OrganisationForm form) {
		return "organisations/new";
	}

	@PostMapping
	String create(@ModelAttribute("organisationForm") OrganisationForm form, BindingResult result,
			RedirectAttributes redirect, Locale locale) {
		RULES.validate(form, result);
		rejectDuplicateName(form, result, Optional.empty());
		if (result.hasErrors()) {
			return "organisations/new";
		}
		Organisation created = organisations.create(form.getName(), form.getType());
		redirect.addFlashAttribute("flashSuccess",
				messages.getMessage("organisation.created", new Object[] { created.getName() }, locale));
		return "redirect:/staff/admin/organisations";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Organisation organisation = organisations.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("organisation", organisation);
		model.addAttribute("organisationForm", OrganisationForm.of(organisation));
		return "organisations/edit";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("organisationForm") OrganisationForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		Organisation organisation = organisations.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		RULES.validate(form, result);
		rejectDuplicateName(form, result, Optional.of(id));
		if (result.hasErrors()) {
			model.addAttribute("organisation", organisation);
			return "organisations/edit";
		}
		organisations.update(id, form.getName(), form.getType(), form.isActive());
		redirect.addFlashAttribute("flashSuccess",
				messages.getMessage("organisation.updated", new Object[] { form.getName().strip() }, locale));
		return "redirect:/staff/admin/organisations";
	}

	private void rejectDuplicateName(OrganisationForm form, BindingResult result, Optional<Long> self) {
		if (result.hasFieldErrors("name")) {
			return;
		}
		organisations.findByName(form.getName())
			.filter(existing -> self.map(id -> !id.equals(existing.getId())).orElse(true))
			.ifPresent(existing -> result.rejectValue("name", "organisation.name.taken"));
	}

}

package org.safercommunities.cases;

import java.util.Locale;

import org.safercommunities.cases.CaseForms.CaseTypeForm;
import org.safercommunities.cases.CaseFormValidators.CaseTypeValidator;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators keep the list of case types: add, rename, retire (a retired type stays on its cases) and restore. */
@Controller
@RequestMapping("/staff/admin/case-types")
@PreAuthorize("hasRole('ADMIN')")
class CaseTypeAdminController {

	private static final CaseTypeValidator RULES = new CaseTypeValidator();

	private final CaseTypes types;

	private final MessageSource messages;

	CaseTypeAdminController(CaseTypes types, MessageSource messages) {
		this.types = types;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		if (!model.containsAttribute("caseTypeForm")) {
			model.addAttribute("caseTypeForm", new CaseTypeForm());
		}
		model.addAttribute("types", types.all());
		return "cases/admin-types";
	}

	@PostMapping
	String add(@ModelAttribute("caseTypeForm") CaseTypeForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		RULES.validate(form, result);
		if (!result.hasErrors() && types.nameInUse(form.getName())) {
			result.rejectValue("name", "cases.error.type-name-taken");
		}
		if (result.hasErrors()) {
			model.addAttribute("types", types.all());
			return "cases/admin-types";
		}
		CaseType added = types.add(form.getName());
		return done("cases.admin.added", added.getName(), redirect, locale);
	}

	@GetMapping("/{code}")
	String edit(@PathVariable String code, Model model) {
		CaseType type = types.find(code).orElseThrow(() -> new CaseTypes.CaseTypeNotFound(code));
		model.addAttribute("caseType", type);
		if (!model.containsAttribute("caseTypeForm")) {
			CaseTypeForm form = new CaseTypeForm();
			form.setName(type.getName());
			model.addAttribute("caseTypeForm", form);
		}
		return "cases/admin-type";
	}

	@PostMapping("/{code}")
	String rename(@PathVariable String code, @ModelAttribute("caseTypeForm") CaseTypeForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		CaseType type = types.find(code).orElseThrow(() -> new CaseTypes.CaseTypeNotFound(code));
		RULES.validate(form, result);
		if (!result.hasErrors() && !form.getName().strip().equalsIgnoreCase(type.getName())
				&& types.nameInUse(form.getName())) {
			result.rejectValue("name", "cases.error.type-name-taken");
		}
		if (result.hasErrors()) {
			model.addAttribute("caseType", type);
			return "cases/admin-type";
		}
		types.rename(code, form.getName());
		return done("cases.admin.renamed", form.getName().strip(), redirect, locale);
	}

	@PostMapping("/{code}/retire")
	String retire(@PathVariable String code, RedirectAttributes redirect, Locale locale) {
		CaseType type = types.find(code).orElseThrow(() -> new CaseTypes.CaseTypeNotFound(code));
		types.retire(code);
		return done("cases.admin.retired", type.getName(), redirect, locale);
	}

	@PostMapping("/{code}/restore")
	String restore(@PathVariable String code, RedirectAttributes redirect, Locale locale) {
		CaseType type = types.find(code).orElseThrow(() -> new CaseTypes.CaseTypeNotFound(code));
		types.restore(code);
		return done("cases.admin.restored", type.getName(), redirect, locale);
	}

	private String done(String key, String name, RedirectAttributes redirect, Locale locale) {
		redirect.addFlashAttribute("flashSuccess", messages.getMessage(key, new Object[] { name }, locale));
		return "redirect:/staff/admin/case-types";
	}

}

package org.safercommunities.enforcement;

import java.util.Locale;

import org.safercommunities.cases.CaseNotFound;
import org.safercommunities.enforcement.EnforcementRegister.RegisterView;
import org.safercommunities.enforcement.ToolChangeForms.CorrectionForm;
import org.safercommunities.enforcement.ToolChangeForms.CorrectionValidator;
import org.safercommunities.enforcement.ToolChangeForms.WithdrawalForm;
import org.safercommunities.enforcement.ToolChangeForms.WithdrawalValidator;
import org.safercommunities.shared.UkDates;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Correcting or withdrawing a tool or power on a case's register, each with its reason on the case's timeline. */
@Controller
@RequestMapping("/staff/cases/{id}/enforcement/tools/{toolId}")
@PreAuthorize(EnforcementAccess.WORKERS)
class ToolChangeController {

	private final EnforcementRegister register;

	private final MessageSource messages;

	ToolChangeController(EnforcementRegister register, MessageSource messages) {
		this.register = register;
		this.messages = messages;
	}

	@InitBinder
	void forbidIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "caseId", "toolId");
	}

	@GetMapping("/correct")
	String correctionForm(@PathVariable long id, @PathVariable long toolId, Model model) {
		Tool tool = page(id, toolId, model);
		CorrectionForm form = new CorrectionForm();
		form.setConditions(tool.conditions());
		form.setComplianceOn(tool.complianceOn() == null ? null : UkDates.day(tool.complianceOn()));
		form.setPremises(tool.premises());
		model.addAttribute("correctionForm", form);
		return "enforcement/tool-correct";
	}

	@PostMapping("/correct")
	String correct(@PathVariable long id, @PathVariable long toolId, @ModelAttribute("correctionForm") CorrectionForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		Tool tool = page(id, toolId, model);
		new CorrectionValidator(tool.kind(), tool.recipientPersonId() == null).validate(form, result);
		if (!result.hasErrors()) {
			try {
				register.correctTool(id, toolId, form.toCorrection());
				return done(id, toolId, "enforcement.flash.corrected", tool, redirect, locale);
			}
			catch (EnforcementRuleBroken broken) {
				reject(result, broken);
			}
		}
		return "enforcement/tool-correct";
	}

	@GetMapping("/withdraw")
	String withdrawalForm(@PathVariable long id, @PathVariable long toolId, Model model) {
		page(id, toolId, model);
		model.addAttribute("withdrawalForm", new WithdrawalForm());
		return "enforcement/tool-withdraw";
	}

	@PostMapping("/withdraw")
	String withdraw(@PathVariable long id, @PathVariable long toolId, @ModelAttribute("withdrawalForm") WithdrawalForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		Tool tool = page(id, toolId, model);
		new WithdrawalValidator().validate(form, result);
		if (!result.hasErrors()) {
			try {
				register.withdrawTool(id, toolId, form.getReason());
				return done(id, toolId, "enforcement.flash.withdrawn", tool, redirect, locale);
			}
			catch (EnforcementRuleBroken broken) {
				reject(result, broken);
			}
		}
		return "enforcement/tool-withdraw";
	}

	/** The tool (a withdrawn one is not changed again: 404, as for one not on the case) and the page's heading. */
	private Tool page(long id, long toolId, Model model) {
		RegisterView view = register.onCase(id);
		Tool tool = view.tools().stream().filter(each -> each.id() == toolId && !each.withdrawn()).findFirst()
			.orElseThrow(() -> new CaseNotFound(id));
		model.addAttribute("caseFile", view.file());
		model.addAttribute("tool", tool);
		model.addAttribute("servedOn", tool.recipientPersonId() == null ? tool.premises()
				: view.names().getOrDefault(tool.recipientPersonId(), ""));
		model.addAttribute("issuedOn", UkDates.day(tool.issuedOn()));
		return tool;
	}

	private String done(long id, long toolId, String key, Tool tool, RedirectAttributes redirect, Locale locale) {
		redirect.addFlashAttribute("flashSuccess", messages.getMessage(key,
				new Object[] { messages.getMessage(tool.kind().messageKey(), null, locale) }, locale));
		return "redirect:/staff/cases/" + id + "/enforcement#tool-" + toolId;
	}

	private static void reject(BindingResult result, EnforcementRuleBroken broken) {
		if (broken.field() == null) {
			result.reject(broken.messageKey(), broken.arguments(), null);
		}
		else {
			result.rejectValue(broken.field(), broken.messageKey(), broken.arguments(), null);
		}
	}

}

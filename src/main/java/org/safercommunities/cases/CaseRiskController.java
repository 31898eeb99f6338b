package org.safercommunities.cases;

import java.util.Locale;

import org.safercommunities.cases.CaseWorkForms.RiskForm;
import org.safercommunities.cases.CaseWorkSections.RiskView;
import org.safercommunities.cases.CaseWorkValidators.RiskValidator;
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

/** A case's risk assessments: the history, and assessing (or reassessing) with the matrix and an override. */
@Controller
@RequestMapping("/staff/cases/{id}/risk")
@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
class CaseRiskController {

	private static final String WORKERS = "hasAnyRole('OFFICER', 'POLICE')";

	private final CaseFiles cases;

	private final CaseRisk risk;

	private final RiskValidator rules;

	private final MessageSource messages;

	CaseRiskController(CaseFiles cases, CaseRisk risk, RiskSettings settings, MessageSource messages) {
		this.cases = cases;
		this.risk = risk;
		this.rules = new RiskValidator(settings);
		this.messages = messages;
	}

	@InitBinder
	void forbidIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "caseId");
	}

	@GetMapping
	String history(@PathVariable long id, Model model) {
		CaseFile file = cases.require(id, CaseAccess.VIEW);
		model.addAttribute("caseFile", file);
		model.addAttribute("assessments", risk.history(id).stream()
			.map(assessment -> new Assessed(RiskView.of(assessment), assessment.getAnswers()))
			.toList());
		model.addAttribute("canWork", CaseAccess.may(org.safercommunities.shared.CurrentActor.require(), CaseAccess.WORK,
				file));
		return "cases/work/risk";
	}

	@GetMapping("/new")
	@PreAuthorize(WORKERS)
	String form(@PathVariable long id, Model model) {
		cases.require(id, CaseAccess.WORK);
		RiskForm form = risk.history(id).stream().findFirst()
			.map(last -> RiskForm.from(last.getAnswers()))
			.orElseGet(RiskForm::blank);
		model.addAttribute("riskForm", form);
		return formPage(id, model);
	}

	@PostMapping
	@PreAuthorize(WORKERS)
	String assess(@PathVariable long id, @ModelAttribute("riskForm") RiskForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		rules.validate(form, result);
		if (result.hasErrors()) {
			return formPage(id, model);
		}
		CaseRiskAssessment assessment = risk.assess(id, form.answered(), form.override(),
				CaseWorkForms.blankToNull(form.getOverrideReason()));
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("cases.work.flash.risk",
				new Object[] { messages.getMessage(assessment.getRiskLevel().messageKey(), null, locale) }, locale));
		return "redirect:/staff/cases/" + id + "#risk";
	}

	private String formPage(long id, Model model) {
		model.addAttribute("caseFile", cases.require(id, CaseAccess.WORK));
		model.addAttribute("groups", RiskQuestion.Group.values());
		model.addAttribute("levels", RiskLevel.values());
		return "cases/work/risk-form";
	}

	/** One assessment of the history, with its answers. */
	record Assessed(RiskView view, java.util.Map<RiskQuestion, Boolean> answers) {
	}

}

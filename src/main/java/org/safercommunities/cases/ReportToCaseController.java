package org.safercommunities.cases;

import java.util.Locale;

import org.safercommunities.cases.CaseForms.LinkCaseForm;
import org.safercommunities.cases.CaseFormValidators.LinkCaseValidator;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * From a report's page, a report added to a case that already exists (a second report about the same matter), by the
 * case's reference: the same link as "Link a report" on the case page, started from the other end.
 */
@Controller
@RequestMapping("/staff/cases/report-links")
@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
class ReportToCaseController {

	private static final LinkCaseValidator RULES = new LinkCaseValidator();

	private final CaseFiles cases;

	private final MessageSource messages;

	ReportToCaseController(CaseFiles cases, MessageSource messages) {
		this.cases = cases;
		this.messages = messages;
	}

	@GetMapping
	String form(@RequestParam long report, Model model) {
		model.addAttribute("linkCaseForm", new LinkCaseForm());
		return page(report, model);
	}

	@PostMapping
	String link(@RequestParam long report, @ModelAttribute("linkCaseForm") LinkCaseForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		RULES.validate(form, result);
		if (!result.hasErrors()) {
			try {
				long caseId = cases.linkReportTo(form.getCaseReference(), report);
				redirect.addFlashAttribute("flashSuccess", messages.getMessage("cases.flash.report-linked", null, locale));
				return "redirect:/staff/cases/" + caseId;
			}
			catch (CaseRuleBroken broken) {
				result.rejectValue("caseReference", broken.messageKey());
			}
		}
		return page(report, model);
	}

	private String page(long reportId, Model model) {
		model.addAttribute("report", cases.report(reportId).orElseThrow(() -> new CaseNotFound("report " + reportId)));
		return "cases/report-link";
	}

}

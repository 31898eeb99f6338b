package org.safercommunities.cases;

import java.util.List;
import java.util.Locale;

import org.safercommunities.cases.CaseWorkForms.VictimsCodeForm;
import org.safercommunities.cases.CaseWorkSections.VictimsCodeView;
import org.safercommunities.cases.CaseWorkValidators.VictimsCodeValidator;
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

/** A case's Victims' Code checklist: the form with each duty's date, ticked as it is met. */
@Controller
@RequestMapping("/staff/cases/{id}/victims-code")
@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
class CaseVictimsCodeController {

	private final CaseFiles cases;

	private final CaseVictimsCodes victimsCode;

	private final CaseReviews reviews;

	private final MessageSource messages;

	CaseVictimsCodeController(CaseFiles cases, CaseVictimsCodes victimsCode, CaseReviews reviews,
			MessageSource messages) {
		this.cases = cases;
		this.victimsCode = victimsCode;
		this.reviews = reviews;
		this.messages = messages;
	}

	@InitBinder
	void forbidIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "caseId");
	}

	@GetMapping
	String form(@PathVariable long id, Model model) {
		cases.require(id, CaseAccess.WORK);
		model.addAttribute("victimsCodeForm", VictimsCodeForm.of(victimsCode.of(id)));
		return page(id, model);
	}

	@PostMapping
	String record(@PathVariable long id, @ModelAttribute("victimsCodeForm") VictimsCodeForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		cases.require(id, CaseAccess.WORK);
		new VictimsCodeValidator(reviews.today()).validate(form, result);
		if (result.hasErrors()) {
			return page(id, model);
		}
		List<VictimsCodeChecklist.Item> changed = victimsCode.record(id,
				form.toChecklist(victimsCode.of(id).updatesGiven()));
		redirect.addFlashAttribute("flashSuccess", messages.getMessage(changed.isEmpty()
				? "cases.work.flash.victims-code-unchanged" : "cases.work.flash.victims-code", null, locale));
		return "redirect:/staff/cases/" + id + "#victims-code";
	}

	private String page(long id, Model model) {
		model.addAttribute("caseFile", cases.require(id, CaseAccess.WORK));
		model.addAttribute("victimsCode", VictimsCodeView.of(victimsCode.of(id)));
		model.addAttribute("rjAnswers", RestorativeJusticeAnswer.values());
		return "cases/work/victims-code";
	}

}

package org.safercommunities.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.safercommunities.cases.CaseWorkForms.ActionCloseForm;
import org.safercommunities.cases.CaseWorkForms.ActionForm;
import org.safercommunities.cases.CaseWorkValidators.ActionCloseValidator;
import org.safercommunities.cases.CaseWorkValidators.ActionValidator;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.security.StaffAccounts.StaffMember;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.UkDates;
import org.safercommunities.shared.UkTime;
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

/** Actions on cases: adding one to a case, marking one done or cancelled, and "my actions". */
@Controller
@RequestMapping("/staff/cases")
@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
class CaseActionController {

	private static final String WORKERS = "hasAnyRole('OFFICER', 'POLICE')";

	private final CaseFiles cases;

	private final CaseActions actions;

	private final MessageSource messages;

	private final Clock clock;

	CaseActionController(CaseFiles cases, CaseActions actions, MessageSource messages, Clock clock) {
		this.cases = cases;
		this.actions = actions;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder
	void forbidIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "caseId");
	}

	@GetMapping("/actions")
	String mine(Model model) {
		model.addAttribute("actions", actions.mine());
		return "cases/work/my-actions";
	}

	@GetMapping("/{id}/actions")
	@PreAuthorize(WORKERS)
	String form(@PathVariable long id, Model model) {
		cases.require(id, CaseAccess.WORK);
		model.addAttribute("actionForm", new ActionForm());
		return formPage(id, model);
	}

	@PostMapping("/{id}/actions")
	@PreAuthorize(WORKERS)
	String add(@PathVariable long id, @ModelAttribute("actionForm") ActionForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		cases.require(id, CaseAccess.WORK);
		Set<Long> owners = actions.owners().stream().map(Organisation::getId).collect(Collectors.toSet());
		long own = CurrentActor.require().organisationId();
		Map<Long, Set<Long>> members = Map.of(own,
				actions.colleagues().stream().map(StaffMember::id).collect(Collectors.toSet()));
		new ActionValidator(today(), owners, members).validate(form, result);
		if (!result.hasErrors()) {
			try {
				actions.add(id, form.getWhat(), form.organisationId(), form.personId(), CaseWorkForms.day(form.getDueOn()));
				redirect.addFlashAttribute("flashSuccess", messages.getMessage("cases.work.flash.action-added", null, locale));
				return "redirect:/staff/cases/" + id + "#actions";
			}
			catch (CaseRuleBroken broken) {
				result.reject(broken.messageKey());
			}
		}
		return formPage(id, model);
	}

	@GetMapping("/{id}/actions/{actionId}/done")
	String closeForm(@PathVariable long id, @PathVariable long actionId, Model model) {
		ActionCloseForm form = new ActionCloseForm();
		form.setClosedOn(UkDates.day(today()));
		model.addAttribute("actionCloseForm", form);
		return closePage(id, actionId, model);
	}

	@PostMapping("/{id}/actions/{actionId}/done")
	String close(@PathVariable long id, @PathVariable long actionId,
			@ModelAttribute("actionCloseForm") ActionCloseForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		actions.one(id, actionId);
		new ActionCloseValidator(today()).validate(form, result);
		if (!result.hasErrors()) {
			try {
				actions.close(id, actionId, form.status(), CaseWorkForms.day(form.getClosedOn()), form.getNote());
				redirect.addFlashAttribute("flashSuccess", messages.getMessage(
						"cases.work.flash.action-" + form.status().name().toLowerCase(Locale.ROOT), null, locale));
				// Another organisation's officer came from their list of actions; the case's own team from the case.
				boolean ownCase = cases.require(id, CaseAccess.VIEW).getOwningOrganisationId() == CurrentActor.require()
					.organisationId();
				return ownCase ? "redirect:/staff/cases/" + id + "#actions" : "redirect:/staff/cases/actions";
			}
			catch (CaseRuleBroken broken) {
				result.reject(broken.messageKey());
			}
		}
		return closePage(id, actionId, model);
	}

	private String formPage(long id, Model model) {
		model.addAttribute("caseFile", cases.require(id, CaseAccess.WORK));
		model.addAttribute("organisations", actions.owners());
		model.addAttribute("colleagues", actions.colleagues());
		model.addAttribute("ownOrganisation", CurrentActor.require().organisationName());
		return "cases/work/action-form";
	}

	private String closePage(long id, long actionId, Model model) {
		model.addAttribute("action", actions.one(id, actionId));
		return "cases/work/action-close";
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(UkTime.ZONE));
	}

}

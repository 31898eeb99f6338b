package org.safercommunities.marac;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.safercommunities.audit.ShowsPersonalData;
import org.safercommunities.cases.CaseAccess;
import org.safercommunities.cases.CaseFile;
import org.safercommunities.cases.CaseFiles;
import org.safercommunities.marac.MaracForms.ReferralForm;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.shared.CurrentActor;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Referring a case to the CS MARAC from its page (anyone who sees the case: CaseAccess.VIEW), and the referral's own
 * page for its members. The referrer names the organisations on the perpetrator's side among those the case involves;
 * they never reach the referral.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
class MaracReferralController {

	private final MaracReferrals referrals;

	private final MaracMeetings meetings;

	private final CaseFiles cases;

	private final Organisations organisations;

	private final MessageSource messages;

	MaracReferralController(MaracReferrals referrals, MaracMeetings meetings, CaseFiles cases,
			Organisations organisations, MessageSource messages) {
		this.referrals = referrals;
		this.meetings = meetings;
		this.cases = cases;
		this.organisations = organisations;
		this.messages = messages;
	}

	/** {@code criteria} come ticked from the case page's suggestion. */
	@GetMapping("/staff/cases/{id}/marac-referral")
	String form(@PathVariable long id, @RequestParam(required = false) List<String> criteria, Model model) {
		ReferralForm form = new ReferralForm();
		if (criteria != null) {
			form.setCriteria(criteria.stream()
				.filter(code -> EnumSet.allOf(Criterion.class).stream().anyMatch(c -> c.name().equals(code)))
				.distinct().toList());
		}
		model.addAttribute("referralForm", form);
		return page(cases.require(id, CaseAccess.VIEW), model);
	}

	@PostMapping("/staff/cases/{id}/marac-referral")
	String refer(@PathVariable long id, @ModelAttribute("referralForm") ReferralForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		CaseFile file = cases.require(id, CaseAccess.VIEW);
		new MaracValidators.Referral(involved(file).keySet()).validate(form, result);
		if (result.hasErrors()) {
			return page(file, model);
		}
		Set<Criterion> criteria = EnumSet.noneOf(Criterion.class);
		form.getCriteria().forEach(code -> criteria.add(Criterion.valueOf(code)));
		long referral = referrals.refer(id, criteria, form.getReason(), Set.copyOf(form.getPerpetratorSide()));
		redirect.addFlashAttribute("flashSuccess",
				messages.getMessage("marac.refer.done", new Object[] { file.getReference() }, locale));
		return "redirect:/staff/marac/referrals/" + referral;
	}

	@ShowsPersonalData("marac_referral")
	@GetMapping("/staff/marac/referrals/{id}")
	String referral(@PathVariable long id, Model model) {
		MaracReferrals.Referral referral = referrals.require(id);
		model.addAttribute("referral", referral);
		model.addAttribute("reason", referrals.reason(referral));
		model.addAttribute("referredBy", name(referral.referringOrganisation()));
		model.addAttribute("hearings", meetings.hearingsOf(id));
		model.addAttribute("back", "/staff/marac");
		return "marac/referral";
	}

	private String page(CaseFile file, Model model) {
		model.addAttribute("caseFile", file);
		model.addAttribute("criteria", EnumSet.allOf(Criterion.class).stream().map(Criterion::name).toList());
		model.addAttribute("involved", involved(file));
		model.addAttribute("back", "/staff/cases/" + file.getId());
		return "marac/refer";
	}

	/** The organisations the case involves other than the referrer's: the owner and those it is shared with. */
	private Map<Long, String> involved(CaseFile file) {
		long own = CurrentActor.require().organisationId();
		List<Long> ids = new ArrayList<>();
		ids.add(file.getOwningOrganisationId());
		file.getShares().forEach(share -> ids.add(share.getOrganisationId()));
		Map<Long, String> involved = new LinkedHashMap<>();
		ids.stream().filter(organisation -> organisation != own).distinct()
			.forEach(organisation -> involved.put(organisation, name(organisation)));
		return involved;
	}

	private String name(long organisation) {
		return organisations.find(organisation).map(Organisation::getName).orElse(String.valueOf(organisation));
	}

}

package org.safercommunities.referrals;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.reporting.ReportCodes.SupportKind;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The managed list of receiving services: administrators add an organisation or change its entry. */
@Controller
@RequestMapping("/staff/admin/referral-services")
@PreAuthorize("hasRole('ADMIN')")
class ReceivingServiceAdminController {

	private final ReceivingServices services;

	private final Organisations organisations;

	private final MessageSource messages;

	ReceivingServiceAdminController(ReceivingServices services, Organisations organisations, MessageSource messages) {
		this.services = services;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("receivingServiceForm", new ReceivingServiceForm());
		return page(model);
	}

	@PostMapping
	String save(@ModelAttribute("receivingServiceForm") ReceivingServiceForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		new ReceivingServiceFormValidator(
				organisations.active().stream().map(Organisation::getId).collect(Collectors.toSet()),
				Arrays.stream(SupportKind.values()).map(Enum::name).collect(Collectors.toSet()))
			.validate(form, result);
		if (result.hasErrors()) {
			return page(model);
		}
		Integer days = ReceivingServiceFormValidator.days(form.getDeadlineWorkingDays());
		services.save(form.getOrganisationId(), form.getDescription(), days == null ? 0 : days, form.isSafeguarding(),
				form.isVictimSupport(), form.getSupportKinds(), form.isActive());
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("referrals.services.saved", null, locale));
		return "redirect:/staff/admin/referral-services";
	}

	private String page(Model model) {
		model.addAttribute("services", services.all());
		model.addAttribute("organisations", organisations.active());
		model.addAttribute("supportKinds", Arrays.stream(SupportKind.values()).map(Enum::name).toList());
		return "referrals/services";
	}

}

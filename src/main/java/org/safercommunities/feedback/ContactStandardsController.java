package org.safercommunities.feedback;

import java.util.Locale;

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

/**
 * Officers' work list of the contact standards: each report whose reporter agreed to be contacted, when first
 * contact is due, and the form that records the contact and any agreed visit.
 */
@Controller
@RequestMapping("/staff/feedback/contacts")
@PreAuthorize("hasRole('OFFICER')")
class ContactStandardsController {

	private final ContactStandards standards;

	private final ContactStandardSettings settings;

	private final MessageSource messages;

	ContactStandardsController(ContactStandards standards, ContactStandardSettings settings, MessageSource messages) {
		this.standards = standards;
		this.settings = settings;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("records", standards.workList());
		model.addAttribute("today", standards.today());
		model.addAttribute("settings", settings);
		return "feedback/contacts";
	}

	@GetMapping("/{id}")
	String one(@PathVariable long id, Model model) {
		model.addAttribute("contactForm", ContactForm.of(standards.one(id)));
		return page(id, model);
	}

	@PostMapping("/{id}")
	String record(@PathVariable long id, @ModelAttribute("contactForm") ContactForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		ContactRecord record = standards.one(id);
		new ContactFormValidator(record.getReceivedOn(), standards.today()).validate(form, result);
		if (result.hasErrors()) {
			return page(id, model);
		}
		standards.record(id, form.isEnhancedRights(), ContactForm.day(form.getContactedOn()),
				"YES".equals(form.getVisitAgreed()), ContactForm.day(form.getVisitedOn()));
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("feedback-staff.contact.saved", null, locale));
		return "redirect:/staff/feedback/contacts";
	}

	private String page(long id, Model model) {
		model.addAttribute("record", standards.one(id));
		model.addAttribute("settings", settings);
		return "feedback/contact";
	}

}

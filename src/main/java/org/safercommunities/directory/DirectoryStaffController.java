package org.safercommunities.directory;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Officers' upkeep of the directory (DESIGN section 1: the Community Safety Team's): every entry with its status, add, change, remove and
 * restore, the approval queue of owners' proposed changes, out-of-date entries, and each entry's history.
 */
@Controller
@RequestMapping("/staff/directory")
@PreAuthorize("hasRole('OFFICER')")
class DirectoryStaffController {

	private static final RejectionFormValidator REJECTION_RULES = new RejectionFormValidator();

	private final DirectoryManagement management;

	private final DirectoryStaffQueries queries;

	private final EntryForms forms;

	private final MessageSource messages;

	DirectoryStaffController(DirectoryManagement management, DirectoryStaffQueries queries, EntryForms forms,
			MessageSource messages) {
		this.management = management;
		this.queries = queries;
		this.forms = forms;
		this.messages = messages;
	}

	@InitBinder("entryForm")
	void noOwnerNote(WebDataBinder binder) {
		binder.setDisallowedFields("ownerNote");
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("entries", queries.all());
		model.addAttribute("pendingCount", queries.pendingProposals().size());
		model.addAttribute("attentionCount", queries.needingAttention().size());
		model.addAttribute("wardNames", queries.wardNames());
		return "directory/staff/list";
	}

	@GetMapping("/new")
	String newEntry(@RequestParam(defaultValue = "support") String type, Model model) {
		EntryForm form = new EntryForm();
		form.setType(maintainedType(type).code());
		model.addAttribute("entryForm", form);
		return showForm(model, null);
	}

	@PostMapping
	String create(@ModelAttribute("entryForm") EntryForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		EntryType type = maintainedType(form.getType());
		// A form posted without its type (or with one not kept here) is a support entry, and comes back as one.
		form.setType(type.code());
		var rules = forms.validator(type, true);
		rules.validate(form, result);
		if (result.hasErrors()) {
			return showForm(model, null);
		}
		DirectoryEntry created = management.create(type, rules.details(form), form.getOwnerName(), form.getOwnerEmail());
		redirect.addFlashAttribute("flashSuccess", text("directory-staff.created", locale, created.getName()));
		return "redirect:/staff/directory/" + created.getId();
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		DirectoryEntry entry = queries.entry(id);
		model.addAttribute("entry", entry);
		model.addAttribute("history", queries.history(entry));
		model.addAttribute("pending", queries.pendingProposalsOf(entry));
		model.addAttribute("deadline", queries.deadlineOf(entry));
		model.addAttribute("wardNames", queries.wardNames());
		return "directory/staff/entry";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		DirectoryEntry entry = queries.entry(id);
		model.addAttribute("entryForm", EntryForm.of(entry));
		return showForm(model, entry);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("entryForm") EntryForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		DirectoryEntry entry = queries.entry(id);
		form.setType(entry.getType().code());
		var rules = forms.validator(entry.getType(), entry.selfMaintained());
		rules.validate(form, result);
		if (result.hasErrors()) {
			return showForm(model, entry);
		}
		EntryDetails details = rules.details(form);
		management.update(id, details, form.getOwnerName(), form.getOwnerEmail());
		redirect.addFlashAttribute("flashSuccess", text("directory-staff.updated", locale, details.name()));
		return "redirect:/staff/directory/" + id;
	}

	@PostMapping("/{id}/remove")
	String remove(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect,
			Locale locale) {
		management.remove(id, reason == null || reason.isBlank() ? null : reason.strip());
		redirect.addFlashAttribute("flashSuccess", text("directory-staff.removed", locale));
		return "redirect:/staff/directory/" + id;
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		management.restore(id);
		redirect.addFlashAttribute("flashSuccess", text("directory-staff.restored", locale));
		return "redirect:/staff/directory/" + id;
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		management.confirm(id);
		redirect.addFlashAttribute("flashSuccess", text("directory-staff.confirmed", locale));
		return "redirect:/staff/directory/" + id;
	}

	@GetMapping("/proposals")
	String proposals(Model model) {
		Map<Proposal, DirectoryStaffQueries.Review> reviews = new LinkedHashMap<>();
		queries.pendingProposals().forEach(proposal -> reviews.put(proposal, queries.review(proposal)));
		model.addAttribute("reviews", reviews);
		return "directory/staff/proposals";
	}

	@PostMapping("/proposals/{id}/approve")
	String approve(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		if (management.approve(id)) {
			redirect.addFlashAttribute("flashSuccess", text("directory-staff.approved", locale));
		}
		else {
			redirect.addFlashAttribute("alreadyDecided", true);
		}
		return "redirect:/staff/directory/proposals";
	}

	@PostMapping("/proposals/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect, Locale locale) {
		RejectionForm form = new RejectionForm(id, reason);
		BindingResult result = new BeanPropertyBindingResult(form, "rejectionForm");
		REJECTION_RULES.validate(form, result);
		if (result.hasErrors()) {
			model.addAllAttributes(result.getModel());
			return proposals(model);
		}
		if (management.reject(id, form.reason().strip())) {
			redirect.addFlashAttribute("flashSuccess", text("directory-staff.rejected", locale));
		}
		else {
			redirect.addFlashAttribute("alreadyDecided", true);
		}
		return "redirect:/staff/directory/proposals";
	}

	@GetMapping("/flagged")
	String flagged(Model model) {
		model.addAttribute("entries", queries.needingAttention());
		model.addAttribute("queries", queries);
		return "directory/staff/flagged";
	}

	private String showForm(Model model, DirectoryEntry entry) {
		model.addAttribute("entry", entry);
		forms.addChoices(model);
		return "directory/staff/form";
	}

	private static EntryType maintainedType(String code) {
		return EntryType.MAINTAINED_HERE.stream().filter(type -> type.code().equals(code)).findFirst()
			.orElse(EntryType.SUPPORT);
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}

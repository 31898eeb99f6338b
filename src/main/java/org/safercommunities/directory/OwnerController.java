package org.safercommunities.directory;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
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

/**
 * The owner's one-time link, without an account: see the entry as the public sees it, then either confirm it
 * is right or propose changes for an officer to approve. Opening the link does not use it up; confirming or
 * proposing does. The pages are never cached, and the link never leaves in a Referer header (no-referrer).
 */
@Controller
@RequestMapping("/owner")
class OwnerController {

	private final OwnerLinks links;

	private final EntryForms forms;

	private final DirectorySearch search;

	OwnerController(OwnerLinks links, EntryForms forms, DirectorySearch search) {
		this.links = links;
		this.forms = forms;
		this.search = search;
	}

	@InitBinder("entryForm")
	void ownerFieldsOnly(WebDataBinder binder) {
		binder.setDisallowedFields("type", "ownerName", "ownerEmail");
	}

	@GetMapping("/{token}")
	String open(@PathVariable String token, Model model, HttpServletResponse response, CsrfToken csrf) {
		noStore(response, csrf);
		return links.open(token).map(entry -> {
			model.addAttribute("entry", entry);
			model.addAttribute("token", token);
			model.addAttribute("wardNames", search.wardNames());
			return "directory/owner";
		}).orElseGet(() -> expired(response));
	}

	@PostMapping("/{token}/confirm")
	String confirm(@PathVariable String token, RedirectAttributes redirect, HttpServletResponse response) {
		if (!links.confirm(token)) {
			return expired(response);
		}
		redirect.addFlashAttribute("outcome", "confirmed");
		return "redirect:/owner/thank-you";
	}

	@GetMapping("/{token}/change")
	String change(@PathVariable String token, Model model, HttpServletResponse response, CsrfToken csrf) {
		noStore(response, csrf);
		return links.open(token).map(entry -> {
			model.addAttribute("entryForm", EntryForm.of(entry.details()));
			return showChange(entry, token, model);
		}).orElseGet(() -> expired(response));
	}

	@PostMapping("/{token}/change")
	String propose(@PathVariable String token, @ModelAttribute("entryForm") EntryForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response, CsrfToken csrf) {
		noStore(response, csrf);
		var entry = links.open(token);
		if (entry.isEmpty()) {
			return expired(response);
		}
		var rules = forms.validator(entry.get().getType(), false);
		rules.validate(form, result);
		if (result.hasErrors()) {
			return showChange(entry.get(), token, model);
		}
		if (!links.propose(token, rules.details(form), form.getOwnerNote())) {
			return expired(response);
		}
		redirect.addFlashAttribute("outcome", "proposed");
		return "redirect:/owner/thank-you";
	}

	@GetMapping("/thank-you")
	String thanks(Model model) {
		if (!model.containsAttribute("outcome")) {
			model.addAttribute("outcome", "confirmed");
		}
		return "directory/owner-thanks";
	}

	private String showChange(DirectoryEntry entry, String token, Model model) {
		model.addAttribute("entry", entry);
		model.addAttribute("token", token);
		forms.addChoices(model);
		return "directory/owner-change";
	}

	private static String expired(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "directory/owner-expired";
	}

	/**
	 * Never cached; and the CSRF token is made now, because a visitor without a session gets one when the token is
	 * first stored, which must happen before the page (long enough to be flushed) is written.
	 */
	private static void noStore(HttpServletResponse response, CsrfToken csrf) {
		response.setHeader("Cache-Control", "no-store");
		csrf.getToken();
	}

}

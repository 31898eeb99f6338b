package org.safercommunities.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators search the audit log and check that nobody has altered it. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

	private static final AuditFilterValidator RULES = new AuditFilterValidator();

	private final AuditLogQueries queries;

	AuditController(AuditLogQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/staff/audit")
	String search(@ModelAttribute("filterForm") AuditFilterForm form, BindingResult result,
			@RequestParam(required = false) Integer page, Model model) {
		RULES.validate(form, result);
		AuditSearch search = form.toSearch(page);
		model.addAttribute("search", search);
		model.addAttribute("actions", queries.actions());
		if (!result.hasErrors()) {
			// With errors, the filters come back as typed and no results that would ignore what was asked.
			model.addAttribute("result", queries.search(search));
		}
		return "audit/search";
	}

	@PostMapping("/staff/audit/verify")
	String verify(Model model) {
		model.addAttribute("verification", queries.verify());
		return "audit/verify";
	}

}

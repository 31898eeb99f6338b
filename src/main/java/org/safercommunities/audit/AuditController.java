package org.safercommunities.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators search the audit log and check that nobody has altered it. */
@Controller
class AuditController {

	private final AuditLogQueries queries;

	AuditController(AuditLogQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/staff/audit")
	String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String recordType, @RequestParam(required = false) String recordId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, Model model) {
		AuditSearch search = new AuditSearch(actor, action, recordType, recordId, from, to, page);
		model.addAttribute("search", search);
		model.addAttribute("result", queries.search(search));
		model.addAttribute("actions", queries.actions());
		return "audit/search";
	}

	@PostMapping("/staff/audit/verify")
	String verify(Model model) {
		model.addAttribute("verification", queries.verify());
		return "audit/verify";
	}

}

package org.safercommunities.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.safercommunities.system.ErrorLink;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.StringUtils;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators search the audit log and check that nobody has altered it. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

	private final AuditLogQueries queries;

	private final MessageSource messages;

	AuditController(AuditLogQueries queries, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
	}

	@GetMapping("/staff/audit")
	String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String recordType, @RequestParam(required = false) String recordId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Integer page, Model model, Locale locale) {
		List<ErrorLink> errors = new ArrayList<>();
		LocalDate fromDate = parseDate(from, "from", errors, locale);
		LocalDate toDate = parseDate(to, "to", errors, locale);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			errors.add(new ErrorLink("#to", messages.getMessage("audit.filter.to-before-from", null, locale)));
		}
		AuditSearch search = new AuditSearch(actor, action, recordType, recordId, fromDate, toDate, page);
		model.addAttribute("search", search);
		model.addAttribute("fromText", from);
		model.addAttribute("toText", to);
		model.addAttribute("actions", queries.actions());
		if (!errors.isEmpty()) {
			// Show the filters as typed, with the errors, and no results that would ignore what was asked.
			model.addAttribute("errorSummary", errors);
			model.addAttribute("formHasErrors", true);
			return "audit/search";
		}
		model.addAttribute("result", queries.search(search));
		return "audit/search";
	}

	private LocalDate parseDate(String text, String field, List<ErrorLink> errors, Locale locale) {
		if (!StringUtils.hasText(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.add(new ErrorLink("#" + field, messages.getMessage("audit.filter.date-invalid." + field, null, locale)));
			return null;
		}
	}

	@PostMapping("/staff/audit/verify")
	String verify(Model model) {
		model.addAttribute("verification", queries.verify());
		return "audit/verify";
	}

}

package org.safercommunities.audit;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import de.siegmar.fastcsv.writer.CsvWriter;

import org.safercommunities.shared.Attachment;
import org.safercommunities.shared.UkTime;
import org.springframework.http.ResponseEntity;
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

	private final UnusualAccess unusual;

	private final java.time.Clock clock;

	AuditController(AuditLogQueries queries, UnusualAccess unusual, java.time.Clock clock) {
		this.queries = queries;
		this.unusual = unusual;
		this.clock = clock;
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

	/** The last 30 days unless asked otherwise; a period longer than {@link UnusualAccess#MAX_DAYS} is refused. */
	@GetMapping("/staff/audit/unusual")
	String unusual(@ModelAttribute("periodForm") UnusualPeriodForm form, BindingResult result, Model model) {
		LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
		new UnusualPeriodValidator(today).validate(form, result);
		if (!result.hasErrors()) {
			model.addAttribute("from", form.start(today));
			model.addAttribute("to", form.end(today));
			model.addAttribute("findings", unusual.between(form.start(today), form.end(today)));
		}
		return "audit/unusual";
	}

	/** One record's whole access history as CSV, for answering a complaint. */
	@GetMapping("/staff/audit/history.csv")
	ResponseEntity<byte[]> history(@RequestParam String recordType, @RequestParam String recordId)
			throws java.io.IOException {
		// No record has a longer type or id (the audit_entry columns), and asking is itself audited.
		if (recordType.strip().length() > 60 || recordId.strip().length() > 100) {
			throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.BAD_REQUEST);
		}
		StringWriter out = new StringWriter();
		try (CsvWriter csv = CsvWriter.builder().build(out)) {
			write(csv, queries.recordHistory(recordType.strip(), recordId.strip()));
		}
		String name = "access-history-" + recordType.strip().replaceAll("[^A-Za-z0-9_-]", "") + "-"
				+ recordId.strip().replaceAll("[^A-Za-z0-9_-]", "") + ".csv";
		return Attachment.of(name, "text/csv;charset=UTF-8", out.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static void write(CsvWriter csv, java.util.List<AuditEntry> entries) {
		csv.writeRecord("when", "who", "organisation_id", "action", "record_type", "record_id", "reason");
		for (AuditEntry entry : entries) {
			csv.writeRecord(entry.occurredAt().atZone(UkTime.ZONE).toOffsetDateTime().toString(), entry.actorName(),
					entry.actorOrganisationId() == null ? "" : entry.actorOrganisationId().toString(),
					entry.action(), entry.recordType(), entry.recordId(),
					entry.reason() == null ? "" : entry.reason());
		}
	}

}

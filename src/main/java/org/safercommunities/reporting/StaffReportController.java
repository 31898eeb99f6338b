package org.safercommunities.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.safercommunities.geography.Ward;
import org.safercommunities.geography.Wards;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.reporting.ReportCodes.Channel;
import org.safercommunities.reporting.ReportCodes.Classification;
import org.safercommunities.shared.CurrentActor;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff inbox of reports, a report's page, and the Community Safety Team's triage actions. */
@Controller
@RequestMapping("/staff/reports")
@PreAuthorize("hasAnyRole('OFFICER', 'CENTRE_WORKER', 'POLICE')")
class StaffReportController {

	private final ReportInbox inbox;

	private final ReportingSettings settings;

	private final Wards wards;

	private final Organisations organisations;

	private final MessageSource messages;

	private final EvidenceUploads evidence;

	StaffReportController(ReportInbox inbox, ReportingSettings settings, Wards wards, Organisations organisations,
			MessageSource messages, EvidenceUploads evidence) {
		this.evidence = evidence;
		this.inbox = inbox;
		this.settings = settings;
		this.wards = wards;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String strand, @RequestParam(required = false) String ward,
			@RequestParam(required = false) String channel, @RequestParam(required = false) Long centre,
			@RequestParam(required = false) String classification, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model) {
		LocalDate fromDate = dateOrNull(from);
		LocalDate toDate = dateOrNull(to);
		model.addAttribute("dateError", (StringUtils.hasText(from) && fromDate == null)
				|| (StringUtils.hasText(to) && toDate == null));
		ReportQuery query = new ReportQuery(strand, ward, channel, centre, classification, fromDate, toDate);
		List<InboxRow> found = inbox.search(query);
		model.addAttribute("query", query);
		model.addAttribute("fromText", from);
		model.addAttribute("toText", to);
		model.addAttribute("reports", found);
		model.addAttribute("strandCounts", ReportInbox.countBy(found, report -> List.copyOf(report.getStrands())));
		model.addAttribute("wardCounts", ReportInbox.countBy(found, report -> listOf(report.getWardCode())));
		model.addAttribute("channelCounts", ReportInbox.countBy(found, report -> List.of(report.getChannel().name())));
		model.addAttribute("centreCounts", ReportInbox.countBy(found,
				report -> listOf(report.getCentreOrganisationId() == null ? null : report.getCentreOrganisationId().toString())));
		model.addAttribute("classificationCounts", ReportInbox.countBy(found, report -> List.of(
				report.getClassification() == null ? "UNCLASSIFIED" : report.getClassification().name())));
		addReferenceData(model);
		return "reporting/staff/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model, Locale locale) {
		Report report = inbox.open(id);
		var actor = CurrentActor.require();
		model.addAttribute("report", report);
		model.addAttribute("evidence", evidence.of(id));
		boolean canTriage = ReportAccess.mayTriage(actor, report);
		model.addAttribute("policeView", ReportAccess.seesPoliceView(actor, report));
		model.addAttribute("canTriage", canTriage);
		if (canTriage) {
			model.addAttribute("duplicates", inbox.possibleDuplicates(id, locale));
		}
		addReferenceData(model);
		return "reporting/staff/show";
	}

	/**
	 * A report whose stored data cannot be decrypted (a wrong key, a damaged value) is never shown in part: the
	 * page says it cannot be read, and the log names only its address.
	 */
	@org.springframework.web.bind.annotation.ExceptionHandler(org.safercommunities.crypto.UndecryptableValue.class)
	void unreadable(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		org.slf4j.LoggerFactory.getLogger(StaffReportController.class)
			.warn("{} cannot be decrypted with the configured key", request.getRequestURI());
		org.safercommunities.system.ErrorPages.explain(request, response, 500, "unreadable");
	}

	/** Downloads one evidence file, decrypted. Opening it is an audited read like opening the report. */
	@GetMapping("/{id}/evidence/{evidenceId}")
	org.springframework.http.ResponseEntity<byte[]> evidenceFile(@PathVariable long id, @PathVariable long evidenceId) {
		inbox.open(id);
		var file = evidence.read(id, evidenceId).orElseThrow(() -> new ReportInbox.ReportNotFound(id));
		inbox.auditEvidenceDownload(id, evidenceId);
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType(file.contentType()))
			.header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
				.filename(file.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("Cache-Control", "no-store")
			.body(file.content());
	}

	@PostMapping("/{id}/classify")
	@PreAuthorize("hasRole('OFFICER')")
	String classify(@PathVariable long id, @RequestParam(required = false) Classification classification,
			@RequestParam(required = false) String keepSubjectData, @RequestParam(required = false) String justification,
			@RequestParam(required = false) String redactedAccount, RedirectAttributes redirect, Locale locale) {
		String problem = null;
		if (classification == null) {
			problem = "reporting.staff.error.classification";
		}
		else if (classification == Classification.NON_CRIME_HATE_INCIDENT) {
			if (!"YES".equals(keepSubjectData) && !"NO".equals(keepSubjectData)) {
				problem = "reporting.staff.error.keep-subject-data";
			}
			else if ("YES".equals(keepSubjectData) && !StringUtils.hasText(justification)) {
				problem = "reporting.staff.error.justification";
			}
			else if ("NO".equals(keepSubjectData) && !StringUtils.hasText(redactedAccount)) {
				problem = "reporting.staff.error.redacted-account";
			}
		}
		if (problem != null) {
			redirect.addFlashAttribute("triageError", messages.getMessage(problem, null, locale));
			redirect.addFlashAttribute("justification", justification);
			return "redirect:/staff/reports/" + id + "#classify";
		}
		Boolean keep = classification == Classification.NON_CRIME_HATE_INCIDENT ? "YES".equals(keepSubjectData) : null;
		inbox.classify(id, classification, keep, justification, redactedAccount);
		return done(id, "reporting.staff.classified", redirect, locale);
	}

	@PostMapping("/{id}/duplicate")
	@PreAuthorize("hasRole('OFFICER')")
	String duplicate(@PathVariable long id, @RequestParam long duplicateOf, @RequestParam String reason,
			RedirectAttributes redirect, Locale locale) {
		inbox.markDuplicate(id, duplicateOf, reason);
		return done(id, "reporting.staff.marked-duplicate", redirect, locale);
	}

	@PostMapping("/{id}/share")
	@PreAuthorize("hasRole('OFFICER')")
	String share(@PathVariable long id, @RequestParam(required = false) String overrideReason,
			RedirectAttributes redirect, Locale locale) {
		try {
			inbox.shareWithPolice(id, overrideReason);
		}
		catch (ReportInbox.OverrideReasonMissing ex) {
			// Only the missing reason comes back to the form; a role that may not share gets 403 (and an audit entry).
			redirect.addFlashAttribute("shareError", messages.getMessage("reporting.staff.error.override", null, locale));
			return "redirect:/staff/reports/" + id + "#share";
		}
		return done(id, "reporting.staff.shared", redirect, locale);
	}

	@PostMapping("/{id}/police-reference")
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	String policeReference(@PathVariable long id, @RequestParam(defaultValue = "") String policeReference,
			RedirectAttributes redirect, Locale locale) {
		if (!StringUtils.hasText(policeReference) || policeReference.length() > 60) {
			redirect.addFlashAttribute("policeReferenceError",
					messages.getMessage("reporting.staff.error.police-reference", null, locale));
			return "redirect:/staff/reports/" + id + "#police-reference";
		}
		inbox.recordPoliceReference(id, policeReference);
		return done(id, "reporting.staff.police-reference-saved", redirect, locale);
	}

	private String done(long id, String key, RedirectAttributes redirect, Locale locale) {
		redirect.addFlashAttribute("flashSuccess", messages.getMessage(key, null, locale));
		return "redirect:/staff/reports/" + id;
	}

	private void addReferenceData(Model model) {
		model.addAttribute("strands", settings.strands());
		model.addAttribute("wardNames", wards.all().stream()
			.collect(java.util.stream.Collectors.toMap(Ward::getCode, Ward::getName)));
		model.addAttribute("wards", wards.all());
		model.addAttribute("channels", java.util.Arrays.stream(Channel.values()).map(Enum::name).toList());
		model.addAttribute("organisationNames", organisations.all().stream()
			.collect(java.util.stream.Collectors.toMap(organisation -> organisation.getId().toString(), Organisation::getName)));
	}

	private static List<String> listOf(String value) {
		return value == null ? List.of() : List.of(value);
	}

	private static LocalDate dateOrNull(String text) {
		try {
			return StringUtils.hasText(text) ? LocalDate.parse(text.strip()) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}

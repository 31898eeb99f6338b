package org.safercommunities.reporting;

import java.util.List;
import java.util.Locale;

import org.safercommunities.audit.ShowsPersonalData;
import org.safercommunities.geography.Ward;
import org.safercommunities.geography.Wards;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.reporting.ReportCodes.Channel;
import org.safercommunities.reporting.StaffReportForms.DatesForm;
import org.safercommunities.reporting.StaffReportForms.PoliceReferenceForm;
import org.safercommunities.reporting.StaffReportForms.ShareForm;
import org.safercommunities.reporting.StaffReportForms.TriageForm;
import org.safercommunities.reporting.StaffReportFormValidators.DatesValidator;
import org.safercommunities.reporting.StaffReportFormValidators.PoliceReferenceValidator;
import org.safercommunities.reporting.StaffReportFormValidators.TriageValidator;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff inbox of reports, a report's page, and the Community Safety Team's triage actions. */
@Controller
@RequestMapping("/staff/reports")
@PreAuthorize("hasAnyRole('OFFICER', 'CENTRE_WORKER', 'POLICE')")
class StaffReportController {

	private static final DatesValidator DATES_RULES = new DatesValidator();

	private static final TriageValidator TRIAGE_RULES = new TriageValidator();

	private static final PoliceReferenceValidator POLICE_REFERENCE_RULES = new PoliceReferenceValidator();

	private final ReportInbox inbox;

	private final ReportingSettings settings;

	private final Wards wards;

	private final Organisations organisations;

	private final MessageSource messages;

	private final EvidenceUploads evidence;

	private final CaseReports caseReports;

	StaffReportController(ReportInbox inbox, ReportingSettings settings, Wards wards, Organisations organisations,
			MessageSource messages, EvidenceUploads evidence, CaseReports caseReports) {
		this.evidence = evidence;
		this.caseReports = caseReports;
		this.inbox = inbox;
		this.settings = settings;
		this.wards = wards;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String strand, @RequestParam(required = false) String ward,
			@RequestParam(required = false) String channel, @RequestParam(required = false) Long centre,
			@RequestParam(required = false) String classification, @ModelAttribute("datesForm") DatesForm dates,
			BindingResult result, Model model) {
		DATES_RULES.validate(dates, result);
		// A date that is not one is said so, and the list is filtered as if it had not been given.
		ReportQuery query = new ReportQuery(strand, ward, channel, centre, classification, dates.fromDate(),
				dates.toDate());
		List<InboxRow> found = inbox.search(query);
		model.addAttribute("query", query);
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

	@ShowsPersonalData("hate_report")
	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model, Locale locale) {
		Report report = inbox.open(id);
		var actor = CurrentActor.require();
		model.addAttribute("report", report);
		model.addAttribute("evidence", evidence.of(id));
		boolean canTriage = ReportAccess.mayTriage(actor, report);
		model.addAttribute("policeView", ReportAccess.seesPoliceView(actor, report));
		model.addAttribute("canTriage", canTriage);
		// The cases a report became part of are named only to those who triage it (the cases' own rule decides the rest).
		model.addAttribute("caseLinks", canTriage ? caseReports.casesOf(id) : List.of());
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
		return org.safercommunities.shared.Attachment.of(file.name(), file.contentType(), file.content());
	}

	@PostMapping("/{id}/classify")
	@PreAuthorize("hasRole('OFFICER')")
	String classify(@PathVariable long id, @ModelAttribute("triageForm") TriageForm form, BindingResult result,
			RedirectAttributes redirect, Locale locale) {
		TRIAGE_RULES.validate(form, result);
		if (result.hasErrors()) {
			return backWithErrors(id, "#classify", result, redirect);
		}
		inbox.classify(id, form.chosen(), form.keepsSubjectData(), form.getJustification(), form.getRedactedAccount());
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
	String share(@PathVariable long id, @ModelAttribute("shareForm") ShareForm form, BindingResult result,
			RedirectAttributes redirect, Locale locale) {
		try {
			inbox.shareWithPolice(id, form.getOverrideReason());
		}
		catch (ReportInbox.OverrideReasonMissing ex) {
			// Only the missing reason comes back to the form; a role that may not share gets 403 (and an audit entry).
			result.rejectValue("overrideReason", "reporting.staff.error.override");
			return backWithErrors(id, "#share", result, redirect);
		}
		return done(id, "reporting.staff.shared", redirect, locale);
	}

	@PostMapping("/{id}/police-reference")
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	String policeReference(@PathVariable long id, @ModelAttribute("policeReferenceForm") PoliceReferenceForm form,
			BindingResult result, RedirectAttributes redirect, Locale locale) {
		POLICE_REFERENCE_RULES.validate(form, result);
		if (result.hasErrors()) {
			return backWithErrors(id, "#police-reference", result, redirect);
		}
		inbox.recordPoliceReference(id, form.getPoliceReference());
		return done(id, "reporting.staff.police-reference-saved", redirect, locale);
	}

	/** Back to the report at the form, which comes back as typed with its errors (the form and its BindingResult). */
	private static String backWithErrors(long id, String anchor, BindingResult result, RedirectAttributes redirect) {
		result.getModel().forEach(redirect::addFlashAttribute);
		return "redirect:/staff/reports/" + id + anchor;
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

}

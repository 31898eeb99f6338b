package org.safercommunities.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.safercommunities.organisations.Organisations;
import org.safercommunities.reporting.ReportCodes.Channel;
import org.safercommunities.reporting.ReportCodes.ContactMethod;
import org.safercommunities.reporting.ReportCodes.IncidentType;
import org.safercommunities.reporting.ReportCodes.NotReportingReason;
import org.safercommunities.reporting.ReportCodes.ReporterRole;
import org.safercommunities.reporting.ReportCodes.SupportKind;
import org.safercommunities.reporting.ReportCodes.WhenKind;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.StaffActor;
import org.safercommunities.shared.UkTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A report taken by staff with the person: at a Hate Crime Reporting Centre, on the council's phone line, at a
 * community safety hub, or typed in from a paper form. One page, because staff work through it with the person
 * or from the paper form. A centre worker always reports for their own centre.
 */
@Controller
@RequestMapping("/staff/assisted-report")
@PreAuthorize("hasAnyRole('OFFICER', 'CENTRE_WORKER')")
class AssistedReportController {

	private static final ZoneId UK = UkTime.ZONE;

	private final AssistedReportFormValidator rules;

	private final ReportValidator validator;

	private final ReportSubmission submission;

	private final ReportingSettings settings;

	private final Organisations organisations;

	private final Clock clock;

	AssistedReportController(AssistedReportFormValidator rules, ReportValidator validator, ReportSubmission submission, ReportingSettings settings,
			Organisations organisations, Clock clock) {
		this.rules = rules;
		this.validator = validator;
		this.submission = submission;
		this.settings = settings;
		this.organisations = organisations;
		this.clock = clock;
	}

	@InitBinder("assisted")
	void noHoneypotForStaff(WebDataBinder binder) {
		binder.setDisallowedFields("website");
	}

	@GetMapping
	String form(@ModelAttribute("assisted") AssistedReportForm form, Model model) {
		addChoices(model);
		return "reporting/staff/assisted";
	}

	@PostMapping
	String submit(@ModelAttribute("assisted") AssistedReportForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		StaffActor actor = CurrentActor.require();
		if (!ReportAccess.takesForEveryCentre(actor)) {
			form.setCentreOrganisationId(actor.organisationId());
		}
		rules.validate(form, result);
		if (result.hasErrors()) {
			addChoices(model);
			return "reporting/staff/assisted";
		}
		LocalDate today = LocalDate.now(clock.withZone(UK));
		Submission assisted = new Submission(Channel.valueOf(form.getChannel()), form.getCentreOrganisationId(),
				actor.userId(), form.reportsDanger() ? "YES".equals(form.getEmergencyCallMade()) : null,
				form.reportsDanger() && "YES".equals(form.getEmergencyCallMade()) ? at(today, form.getEmergencyCalledTime()) : null,
				"YES".equals(form.getPoliceInformedByPhone()) ? at(today, form.getPoliceInformedTime()) : null);
		var sent = submission.submit(form, assisted, locale);
		redirect.addFlashAttribute("sent", sent);
		return "redirect:/staff/assisted-report/done";
	}

	@GetMapping("/done")
	String done(Model model) {
		if (!model.containsAttribute("sent")) {
			return "redirect:/staff/reports";
		}
		return "reporting/staff/assisted-done";
	}

	private static Instant at(LocalDate day, String time) {
		LocalTime parsed = AssistedReportForm.time(time);
		return parsed == null ? null : day.atTime(parsed).atZone(UK).toInstant();
	}

	private void addChoices(Model model) {
		StaffActor actor = CurrentActor.require();
		model.addAttribute("officer", ReportAccess.takesForEveryCentre(actor));
		model.addAttribute("organisations", organisations.active());
		model.addAttribute("assistedChannels", List.of("PHONE", "IN_PERSON", "HUB", "PAPER"));
		model.addAttribute("reporterRoles", names(ReporterRole.values()));
		model.addAttribute("incidentTypes", names(IncidentType.values()));
		model.addAttribute("whenKinds", names(WhenKind.values()));
		model.addAttribute("wards", validator.wardChoices());
		model.addAttribute("strandChoices", settings.strands());
		model.addAttribute("notReportingReasons", names(NotReportingReason.values()));
		model.addAttribute("contactMethods", names(ContactMethod.values()));
		model.addAttribute("supportKinds", names(SupportKind.values()));
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

}

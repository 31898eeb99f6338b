package org.safercommunities.engagement;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.safercommunities.engagement.EngagementForms.HubSessionForm;
import org.safercommunities.geography.Ward;
import org.safercommunities.geography.Wards;
import org.safercommunities.shared.UkDates;
import org.safercommunities.shared.UkTime;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Community Safety Hub sessions: the last 12 months' sessions with their totals, and the form to record one. */
@Controller
@RequestMapping("/staff/engagement/hubs")
@PreAuthorize("hasAnyRole('OFFICER', 'COORDINATOR')")
class HubSessionController {

	private final HubSessions sessions;

	private final Wards wards;

	private final MessageSource messages;

	private final java.time.Clock clock;

	HubSessionController(HubSessions sessions, Wards wards, MessageSource messages, java.time.Clock clock) {
		this.sessions = sessions;
		this.wards = wards;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		LocalDate today = today();
		var held = sessions.between(today.minusYears(1).plusDays(1), today);
		model.addAttribute("sessions", held);
		model.addAttribute("contacts", held.stream().mapToInt(HubSession::getContactsMade).sum());
		model.addAttribute("issues", held.stream().mapToInt(HubSession::getIssuesRaised).sum());
		model.addAttribute("reports", held.stream().mapToInt(HubSession::getReportsTaken).sum());
		model.addAttribute("wardNames", wardNames());
		return "engagement/hubs";
	}

	@GetMapping("/new")
	String form(Model model) {
		HubSessionForm form = new HubSessionForm();
		form.setHeldOn(UkDates.day(today()));
		model.addAttribute("hubSessionForm", form);
		return formPage(model);
	}

	@PostMapping("/new")
	String record(@ModelAttribute("hubSessionForm") HubSessionForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		new EngagementValidators.HubSessionValidator(today(), sessions::isHub).validate(form, result);
		if (result.hasErrors()) {
			return formPage(model);
		}
		sessions.record(UkDates.parseDay(form.getHeldOn()).orElseThrow(), Long.parseLong(form.getHubEntryId()),
				Integer.parseInt(form.getContactsMade().strip()), Integer.parseInt(form.getIssuesRaised().strip()),
				StringUtils.hasText(form.getReportsTaken()) ? Integer.parseInt(form.getReportsTaken().strip()) : 0);
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("engagement.hubs.saved", null, locale));
		return "redirect:/staff/engagement/hubs";
	}

	private String formPage(Model model) {
		model.addAttribute("hubs", sessions.hubs());
		return "engagement/hub-session";
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(UkTime.ZONE));
	}

	private Map<String, String> wardNames() {
		return wards.all().stream().collect(Collectors.toMap(Ward::getCode, Ward::getName, (a, b) -> a));
	}

}

package org.safercommunities.engagement;

import java.time.LocalDate;
import java.util.Locale;

import org.safercommunities.engagement.EngagementForms.ChampionForm;
import org.safercommunities.engagement.EngagementForms.EventForm;
import org.safercommunities.engagement.EngagementForms.TrainingForm;
import org.safercommunities.engagement.EngagementValidators.Known;
import org.safercommunities.geography.Ward;
import org.safercommunities.geography.Wards;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.shared.UkDates;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The community safety team's engagement pages: the year's figures in the annual report's terms, and the forms
 * that record a training session, an awareness event or stand, and a champion's sign-up.
 */
@Controller
@RequestMapping("/staff/engagement")
@PreAuthorize("hasAnyRole('OFFICER', 'COORDINATOR')")
class EngagementController {

	private final EngagementManagement management;

	private final Wards wards;

	private final Organisations organisations;

	private final MessageSource messages;

	EngagementController(EngagementManagement management, Wards wards, Organisations organisations,
			MessageSource messages) {
		this.management = management;
		this.wards = wards;
		this.organisations = organisations;
		this.messages = messages;
	}

	/** The financial year (April to March) starting in {@code year}; by default the one today is in. */
	@GetMapping
	String summary(@RequestParam(required = false) Integer year, Model model) {
		LocalDate today = management.today();
		int start = year != null && year > 1999 && year < 2200 ? year
				: (today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1);
		LocalDate from = LocalDate.of(start, 4, 1);
		model.addAttribute("summary", management.summary(from, from.plusYears(1).minusDays(1)));
		model.addAttribute("yearStart", start);
		model.addAttribute("topics", management.topicsByCode());
		model.addAttribute("wardNames", wardNames());
		return "engagement/summary";
	}

	@GetMapping("/training")
	String trainingForm(Model model) {
		TrainingForm form = new TrainingForm();
		form.setHeldOn(UkDates.day(management.today()));
		model.addAttribute("trainingForm", form);
		return trainingPage(model);
	}

	@PostMapping("/training")
	String recordTraining(@ModelAttribute("trainingForm") TrainingForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		new EngagementValidators.TrainingValidator(management.today(), known()).validate(form, result);
		if (result.hasErrors()) {
			return trainingPage(model);
		}
		management.recordSession(form.toDetails());
		return saved("engagement.training.saved", redirect, locale);
	}

	/** One session, with the people named as attending it (an audited read). */
	@GetMapping("/training/{id}")
	String session(@org.springframework.web.bind.annotation.PathVariable long id, Model model) {
		TrainingSession session = management.session(id);
		model.addAttribute("training", session);
		model.addAttribute("topics", management.topicsByCode());
		model.addAttribute("organisationNames", organisations.all().stream()
			.collect(java.util.stream.Collectors.toMap(Organisation::getId, Organisation::getName, (a, b) -> a)));
		model.addAttribute("wardNames", wardNames());
		model.addAttribute("attendees", management.namedAttendees(id));
		return "engagement/session";
	}

	@GetMapping("/events")
	String eventForm(Model model) {
		EventForm form = new EventForm();
		form.setHeldOn(UkDates.day(management.today()));
		model.addAttribute("eventForm", form);
		return eventPage(model);
	}

	@PostMapping("/events")
	String recordEvent(@ModelAttribute("eventForm") EventForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		new EngagementValidators.EventValidator(management.today(), known()).validate(form, result);
		if (result.hasErrors()) {
			return eventPage(model);
		}
		management.recordEvent(form.toDetails());
		return saved("engagement.event.saved", redirect, locale);
	}

	/** Champions with their contact details: the read is audited. */
	@GetMapping("/champions")
	String champions(Model model) {
		model.addAttribute("champions", management.championsWithContactDetails());
		model.addAttribute("wardNames", wardNames());
		return "engagement/champions";
	}

	@GetMapping("/champions/new")
	String championForm(Model model) {
		ChampionForm form = new ChampionForm();
		form.setSignedUpOn(UkDates.day(management.today()));
		model.addAttribute("championForm", form);
		return championPage(model);
	}

	@PostMapping("/champions/new")
	String signUpChampion(@ModelAttribute("championForm") ChampionForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		new EngagementValidators.ChampionValidator(management.today(), known()).validate(form, result);
		if (result.hasErrors()) {
			return championPage(model);
		}
		management.signUpChampion(form.toDetails());
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("engagement.champion.saved", null, locale));
		return "redirect:/staff/engagement/champions";
	}

	private String trainingPage(Model model) {
		model.addAttribute("topics", management.activeTopics());
		model.addAttribute("organisations", organisations.active());
		model.addAttribute("wards", wards.all());
		model.addAttribute("audiences", Audience.values());
		return "engagement/training";
	}

	private String eventPage(Model model) {
		model.addAttribute("wards", wards.all());
		model.addAttribute("kinds", EventKind.values());
		return "engagement/event";
	}

	private String championPage(Model model) {
		model.addAttribute("wards", wards.all());
		model.addAttribute("preferences", ContactPreference.values());
		return "engagement/champion";
	}

	private Known known() {
		return new Known(code -> management.activeTopics().stream().anyMatch(t -> t.getCode().equals(code)),
				code -> wards.find(code).isPresent(),
				id -> organisations.find(id).filter(Organisation::isActive).isPresent());
	}

	private java.util.Map<String, String> wardNames() {
		java.util.Map<String, String> names = new java.util.HashMap<>();
		for (Ward ward : wards.all()) {
			names.put(ward.getCode(), ward.getName());
		}
		return names;
	}

	private String saved(String key, RedirectAttributes redirect, Locale locale) {
		redirect.addFlashAttribute("flashSuccess", messages.getMessage(key, null, locale));
		return "redirect:/staff/engagement";
	}

}

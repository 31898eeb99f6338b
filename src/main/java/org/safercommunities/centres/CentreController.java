package org.safercommunities.centres;

import org.safercommunities.shared.UkDates;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.safercommunities.centres.CentreForms.DetailsForm;
import org.safercommunities.centres.CentreForms.SafeguardingForm;
import org.safercommunities.centres.CentreForms.StatusForm;
import org.safercommunities.centres.CentreForms.TrainingForm;
import org.safercommunities.geography.Ward;
import org.safercommunities.geography.Wards;
import org.safercommunities.reporting.ReportingSettings;
import org.safercommunities.shared.CurrentActor;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * The coordinator's pages for the reporting centre network: the list with each centre's standing, one page per
 * centre, its edit forms, and the lifecycle buttons. Officers may look; coordinators
 * change. A centre is addressed by its host organisation's id.
 */
@Controller
@RequestMapping("/staff/centres")
@PreAuthorize("hasAnyRole('COORDINATOR', 'OFFICER')")
class CentreController {

	private static final String MANAGE = "hasRole('COORDINATOR')";

	private final CentreManagement management;

	private final CentreOverview overview;

	private final CentreReturns returns;

	private final Wards wards;

	private final ReportingSettings reporting;

	private final MessageSource messages;

	CentreController(CentreManagement management, CentreOverview overview, CentreReturns returns, Wards wards,
			ReportingSettings reporting, MessageSource messages) {
		this.management = management;
		this.overview = overview;
		this.returns = returns;
		this.wards = wards;
		this.reporting = reporting;
		this.messages = messages;
	}

	@InitBinder
	void forbidIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "organisationId");
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rows", overview.rows());
		model.addAttribute("manages", CentreAccess.managesCentres(CurrentActor.require()));
		model.addAttribute("candidates", management.candidates());
		return "centres/list";
	}

	@PostMapping
	@PreAuthorize(MANAGE)
	String register(@ModelAttribute("registrationForm") RegistrationForm form, BindingResult result, Model model) {
		Set<Long> candidates = management.candidates().stream().map(org -> org.getId()).collect(Collectors.toSet());
		new CentreFormValidators.RegistrationValidator(candidates).validate(form, result);
		if (result.hasErrors()) {
			return list(model);
		}
		management.register(form.organisationId());
		return "redirect:/staff/centres/" + form.organisationId();
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("statusForm", new StatusForm());
		return showPage(id, model);
	}

	@PostMapping("/{id}/status")
	@PreAuthorize(MANAGE)
	String changeStatus(@PathVariable long id, @ModelAttribute("statusForm") StatusForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		Centre centre = management.find(id).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
				org.springframework.http.HttpStatus.NOT_FOUND));
		new CentreFormValidators.StatusValidator(centre.getStatus()).validate(form, result);
		if (!result.hasErrors()) {
			List<Eligibility.Shortfall> missing = management.transition(id, form.transition(), reasonOf(form, locale));
			if (missing.isEmpty()) {
				redirect.addFlashAttribute("flashSuccess", messages.getMessage("centres.status-changed",
						new Object[] { messages.getMessage(form.transition().to().messageKey(), null, locale) }, locale));
				return "redirect:/staff/centres/" + id;
			}
			String list = missing.stream().map(shortfall -> criterion(shortfall, locale)).collect(Collectors.joining("; "));
			result.rejectValue("transition", "centres.error.not-eligible", new Object[] { list }, null);
		}
		return showPage(id, model);
	}

	@GetMapping("/{id}/details")
	@PreAuthorize(MANAGE)
	String details(@PathVariable long id, Model model) {
		model.addAttribute("detailsForm", DetailsForm.of(management.open(id)));
		return detailsPage(id, model);
	}

	@PostMapping("/{id}/details")
	@PreAuthorize(MANAGE)
	String saveDetails(@PathVariable long id, @ModelAttribute("detailsForm") DetailsForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		new CentreFormValidators.DetailsValidator(wards.all().stream().map(Ward::getCode).collect(Collectors.toSet()),
				reporting.strands()).validate(form, result);
		if (result.hasErrors()) {
			return detailsPage(id, model);
		}
		management.describe(id, form.toDetails());
		return saved(id, redirect, locale);
	}

	@GetMapping("/{id}/safeguarding")
	@PreAuthorize(MANAGE)
	String safeguarding(@PathVariable long id, Model model) {
		model.addAttribute("safeguardingForm", SafeguardingForm.of(management.open(id)));
		return safeguardingPage(id, model);
	}

	@PostMapping("/{id}/safeguarding")
	@PreAuthorize(MANAGE)
	String saveSafeguarding(@PathVariable long id, @ModelAttribute("safeguardingForm") SafeguardingForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		new CentreFormValidators.SafeguardingValidator().validate(form, result);
		if (result.hasErrors()) {
			return safeguardingPage(id, model);
		}
		management.assign(id, form.toResponsibilities());
		return saved(id, redirect, locale);
	}

	@GetMapping("/{id}/training")
	@PreAuthorize(MANAGE)
	String training(@PathVariable long id, Model model) {
		TrainingForm form = new TrainingForm();
		form.setCourse(messages.getMessage("centres.training.default-course", null, Locale.UK));
		model.addAttribute("trainingForm", form);
		return trainingPage(id, model);
	}

	@PostMapping("/{id}/training")
	@PreAuthorize(MANAGE)
	String addTraining(@PathVariable long id, @ModelAttribute("trainingForm") TrainingForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		new CentreFormValidators.TrainingValidator(management.today()).validate(form, result);
		if (result.hasErrors()) {
			return trainingPage(id, model);
		}
		management.addTraining(id, form.toTraining());
		return saved(id, redirect, locale);
	}

	@PostMapping("/{id}/training/{trainingId}/delete")
	@PreAuthorize(MANAGE)
	String removeTraining(@PathVariable long id, @PathVariable long trainingId, RedirectAttributes redirect,
			Locale locale) {
		management.removeTraining(id, trainingId);
		return saved(id, redirect, locale);
	}

	private String showPage(long id, Model model) {
		Centre centre = management.open(id);
		model.addAttribute("centre", centre);
		model.addAttribute("name", returns.centreName(id));
		model.addAttribute("missing", management.shortfalls(centre));
		model.addAttribute("training", overview.training(centre, management.today()));
		model.addAttribute("wardName", centre.getWardCode() == null ? null
				: wards.find(centre.getWardCode()).map(Ward::getName).orElse(centre.getWardCode()));
		model.addAttribute("languageNames", centre.getLanguages().stream()
			.map(code -> Locale.forLanguageTag(code).getDisplayLanguage(Locale.UK)).collect(Collectors.joining(", ")));
		model.addAttribute("transitions", Arrays.stream(CentreTransition.values())
			.filter(transition -> transition.allowedFrom(centre.getStatus())).toList());
		model.addAttribute("manages", CentreAccess.managesCentres(CurrentActor.require()));
		model.addAttribute("recentReturns", returns.of(id).stream().limit(6).toList());
		model.addAttribute("counts", returns.countFor(centre, management.today()));
		return "centres/show";
	}

	private String detailsPage(long id, Model model) {
		model.addAttribute("name", returns.centreName(id));
		model.addAttribute("centreId", id);
		model.addAttribute("wards", wards.all());
		model.addAttribute("strandChoices", reporting.strands());
		model.addAttribute("yesNo", List.of("YES", "NO"));
		return "centres/details";
	}

	private String safeguardingPage(long id, Model model) {
		model.addAttribute("name", returns.centreName(id));
		model.addAttribute("centreId", id);
		model.addAttribute("yesNo", List.of("YES", "NO"));
		return "centres/safeguarding";
	}

	private String trainingPage(long id, Model model) {
		model.addAttribute("name", returns.centreName(id));
		model.addAttribute("centreId", id);
		model.addAttribute("centre", management.open(id));
		return "centres/training";
	}

	private String saved(long id, RedirectAttributes redirect, Locale locale) {
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("centres.saved", null, locale));
		return "redirect:/staff/centres/" + id;
	}

	private String reasonOf(StatusForm form, Locale locale) {
		return form.getReason() == null || form.getReason().isBlank()
				? messages.getMessage("centres.reason.default." + form.transition().name(), null, Locale.UK)
				: form.getReason().strip();
	}

	private String criterion(Eligibility.Shortfall shortfall, Locale locale) {
		return messages.getMessage(shortfall.messageKey(), new Object[] { UkDates.day(shortfall.date()) }, locale);
	}


}

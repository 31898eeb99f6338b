package org.safercommunities.engagement;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.safercommunities.engagement.WalkForms.AssignForm;
import org.safercommunities.engagement.WalkForms.CloseForm;
import org.safercommunities.engagement.WalkForms.GenerateForm;
import org.safercommunities.engagement.WalkForms.HeldForm;
import org.safercommunities.engagement.WalkForms.ScheduleForm;
import org.safercommunities.geography.Ward;
import org.safercommunities.geography.Wards;
import org.safercommunities.shared.UkDates;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** The community safety team's Ward Walk pages: the schedule, a walk with its issues, and each issue's progress. */
@Controller
@RequestMapping("/staff/engagement/walks")
@PreAuthorize("hasAnyRole('OFFICER', 'COORDINATOR')")
class WardWalkController {

	private final WardWalks walks;

	private final Wards wards;

	private final MessageSource messages;

	WardWalkController(WardWalks walks, Wards wards, MessageSource messages) {
		this.walks = walks;
		this.wards = wards;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("walks", walks.all());
		model.addAttribute("wardNames", wardNames());
		return listPage(model);
	}

	/** Plans a financial year's walks for every ward, keeping the walks already planned. */
	@PostMapping("/generate")
	String generate(@ModelAttribute("generateForm") GenerateForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		new WalkValidators.GenerateValidator(years()).validate(form, result);
		if (result.hasErrors()) {
			model.addAttribute("walks", walks.all());
			return listPage(model);
		}
		int year = Integer.parseInt(form.getYear());
		WalkSchedule.Plan plan = walks.generate(year);
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("engagement.walks.generated", new Object[] {
				plan.planned().size(), year, year + 1, plan.alreadyPlanned(), plan.tooLate() }, locale));
		return "redirect:/staff/engagement/walks";
	}

	@PostMapping("/{id}/arrange")
	String arrange(@PathVariable long id, @ModelAttribute("scheduleForm") ScheduleForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		new WalkValidators.ArrangeValidator().validate(form, result);
		if (result.hasErrors()) {
			model.addAttribute("heldForm", new HeldForm());
			return showPage(id, model);
		}
		walks.arrange(id, UkDates.parseDay(form.getWalkOn()).orElseThrow(), form.getMeetingPoint().strip(),
				EngagementForms.text(form.getServices()));
		return saved(id, redirect, locale);
	}

	@PostMapping
	String schedule(@ModelAttribute("scheduleForm") ScheduleForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		new WalkValidators.ScheduleValidator(code -> wards.find(code).isPresent()).validate(form, result);
		if (result.hasErrors()) {
			model.addAttribute("walks", walks.all());
			return listPage(model);
		}
		long id = walks.schedule(form.getWardCode(), UkDates.parseDay(form.getWalkOn()).orElseThrow(),
				form.getMeetingPoint().strip(), EngagementForms.text(form.getServices()));
		return saved(id, redirect, locale);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("heldForm", new HeldForm());
		WardWalk walk = walks.walk(id);
		ScheduleForm arrange = new ScheduleForm();
		arrange.setWalkOn(UkDates.day(walk.getWalkOn()));
		arrange.setMeetingPoint(walk.getMeetingPoint());
		arrange.setServices(walk.getServices());
		model.addAttribute("scheduleForm", arrange);
		return showPage(id, model);
	}

	@PostMapping("/{id}/held")
	String held(@PathVariable long id, @ModelAttribute("heldForm") HeldForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		new WalkValidators.HeldValidator().validate(form, result);
		if (result.hasErrors()) {
			model.addAttribute("scheduleForm", new ScheduleForm());
			return showPage(id, model);
		}
		walks.held(id, form.getServicesAttending().strip());
		return saved(id, redirect, locale);
	}

	@GetMapping("/{id}/issues/{issueId}")
	String issue(@PathVariable long id, @PathVariable long issueId, Model model) {
		model.addAttribute("assignForm", new AssignForm());
		model.addAttribute("closeForm", new CloseForm());
		return issuePage(id, issueId, model);
	}

	@PostMapping("/{id}/issues/{issueId}/assign")
	String assign(@PathVariable long id, @PathVariable long issueId, @ModelAttribute("assignForm") AssignForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		WalkIssue issue = issue(id, issueId);
		new WalkValidators.AssignValidator(issue.getRaisedOn()).validate(form, result);
		if (result.hasErrors()) {
			model.addAttribute("closeForm", new CloseForm());
			return issuePage(id, issueId, model);
		}
		walks.assign(id, issueId, form.getService().strip(), UkDates.parseDay(form.getDueOn()).orElseThrow());
		return saved(id, redirect, locale);
	}

	@PostMapping("/{id}/issues/{issueId}/close")
	String close(@PathVariable long id, @PathVariable long issueId, @ModelAttribute("closeForm") CloseForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		new WalkValidators.CloseValidator().validate(form, result);
		if (result.hasErrors()) {
			model.addAttribute("assignForm", new AssignForm());
			return issuePage(id, issueId, model);
		}
		walks.close(id, issueId, form.getOutcome().strip());
		return saved(id, redirect, locale);
	}

	private String listPage(Model model) {
		if (!model.containsAttribute("scheduleForm")) {
			model.addAttribute("scheduleForm", new ScheduleForm());
		}
		if (!model.containsAttribute("generateForm")) {
			GenerateForm generate = new GenerateForm();
			generate.setYear(String.valueOf(years().get(0)));
			model.addAttribute("generateForm", generate);
		}
		model.addAttribute("wards", wards.all());
		model.addAttribute("wardNames", wardNames());
		model.addAttribute("years", years());
		model.addAttribute("perWard", walks.walksPerWardPerYear());
		int year = years().get(0);
		LocalDate start = LocalDate.of(year, 4, 1);
		List<WardWalk> thisYear = walks.all().stream()
			.filter(walk -> !walk.getWalkOn().isBefore(start) && walk.getWalkOn().isBefore(start.plusYears(1))).toList();
		LocalDate today = walks.today();
		model.addAttribute("yearSummary", messages.getMessage("engagement.walks.year-summary", new Object[] {
				String.valueOf(year), String.valueOf(year + 1), thisYear.size(),
				thisYear.stream().filter(WardWalk::isHeld).count(),
				thisYear.stream().filter(walk -> !walk.isHeld() && walk.getWalkOn().isBefore(today)).count(),
				wards.all().size() * walks.walksPerWardPerYear() }, LocaleContextHolder.getLocale()));
		return "engagement/walks";
	}

	/** The financial years that may be planned: the one today is in and the next. */
	private List<Integer> years() {
		LocalDate today = walks.today();
		int current = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
		return List.of(current, current + 1);
	}

	private String showPage(long id, Model model) {
		WardWalk walk = walks.walk(id);
		model.addAttribute("walk", walk);
		model.addAttribute("wardName", wardNames().get(walk.getWardCode()));
		model.addAttribute("issues", walks.issuesWithDescriptions(id));
		return "engagement/walk";
	}

	private String issuePage(long id, long issueId, Model model) {
		WardWalk walk = walks.walk(id);
		model.addAttribute("walk", walk);
		model.addAttribute("wardName", wardNames().get(walk.getWardCode()));
		model.addAttribute("issue", issue(id, issueId));
		return "engagement/walk-issue";
	}

	private WalkIssue issue(long id, long issueId) {
		return walks.issuesWithDescriptions(id).stream().filter(issue -> issue.getId() == issueId).findFirst()
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private Map<String, String> wardNames() {
		return wards.all().stream().collect(Collectors.toMap(Ward::getCode, Ward::getName, (a, b) -> a));
	}

	private String saved(long id, RedirectAttributes redirect, Locale locale) {
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("engagement.walks.saved", null, locale));
		return "redirect:/staff/engagement/walks/" + id;
	}

}

package org.safercommunities.plans;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Choosing the annual report's case studies from the year's closed cases: the officer sees the cases they may see
 * (the cases module's own rule, {@link CaseStudies}), reads a case's anonymised study before adding it, writes
 * their own words around it, and can change those words or remove the study. Those who write the draft choose
 * (as for the narrative); the board and the other readers see the studies on the report only.
 */
@Controller
@RequestMapping("/staff/plans/annual-report/{year}/case-studies")
class CaseStudyController {

	private static final String WRITERS = "hasAnyRole('OFFICER', 'ADMIN')";

	private final CaseStudies cases;

	private final Drafts drafts;

	private final PlanManagement management;

	private final MessageSource messages;

	CaseStudyController(CaseStudies cases, Drafts drafts, PlanManagement management, MessageSource messages) {
		this.cases = cases;
		this.drafts = drafts;
		this.management = management;
		this.messages = messages;
	}

	/** The studies chosen so far, and the year's closed cases still to choose from. */
	@GetMapping
	@PreAuthorize(WRITERS)
	String chooser(@PathVariable int year, Model model) {
		requireYear(year);
		List<PaperStore.ChosenStudy> chosen = drafts.studies(year);
		Set<Long> chosenCases = chosen.stream().map(PaperStore.ChosenStudy::caseId).collect(Collectors.toSet());
		model.addAttribute("chosen", chosen);
		model.addAttribute("choices", cases.closedIn(ReportPeriod.financialYear(year)).stream()
			.filter(choice -> !chosenCases.contains(choice.caseId()))
			.toList());
		return page(year, model, "plans/case-studies");
	}

	/** A case's anonymised study, as it would go in the report, before the officer adds it. */
	@GetMapping("/cases/{caseId}")
	@PreAuthorize(WRITERS)
	String preview(@PathVariable int year, @PathVariable long caseId, Model model) {
		requireYear(year);
		model.addAttribute("caseStudyForm", new CaseStudyForm());
		return previewPage(year, study(year, caseId), model);
	}

	@PostMapping("/cases/{caseId}")
	@PreAuthorize(WRITERS)
	String add(@PathVariable int year, @PathVariable long caseId, @ModelAttribute("caseStudyForm") CaseStudyForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		requireYear(year);
		CaseStudies.Study study = study(year, caseId);
		new CaseStudyForm.Rules().validate(form, result);
		if (result.hasErrors()) {
			return previewPage(year, study, model);
		}
		drafts.addStudy(year, study, form.getIntroduction());
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("plans.study.added", null, locale));
		return "redirect:/staff/plans/annual-report/" + year + "#" + PaperBuilder.CASE_STUDIES;
	}

	/** A chosen study: the officer's words around it to change, and a button to remove it. */
	@GetMapping("/{studyId}")
	@PreAuthorize(WRITERS)
	String chosen(@PathVariable int year, @PathVariable long studyId, Model model) {
		requireYear(year);
		PaperStore.ChosenStudy study = chosenStudy(year, studyId);
		CaseStudyForm form = new CaseStudyForm();
		form.setIntroduction(study.introduction());
		model.addAttribute("caseStudyForm", form);
		return chosenPage(year, study, model);
	}

	@PostMapping("/{studyId}")
	@PreAuthorize(WRITERS)
	String reword(@PathVariable int year, @PathVariable long studyId,
			@ModelAttribute("caseStudyForm") CaseStudyForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		requireYear(year);
		PaperStore.ChosenStudy study = chosenStudy(year, studyId);
		new CaseStudyForm.Rules().validate(form, result);
		if (result.hasErrors()) {
			return chosenPage(year, study, model);
		}
		drafts.rewordStudy(year, studyId, form.getIntroduction());
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("plans.study.saved", null, locale));
		return "redirect:/staff/plans/annual-report/" + year + "#" + PaperBuilder.CASE_STUDIES;
	}

	@PostMapping("/{studyId}/remove")
	@PreAuthorize(WRITERS)
	String remove(@PathVariable int year, @PathVariable long studyId, RedirectAttributes redirect, Locale locale) {
		requireYear(year);
		if (!drafts.removeStudy(year, studyId)) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("plans.study.removed", null, locale));
		return "redirect:/staff/plans/annual-report/" + year + "/case-studies";
	}

	/** The anonymised study of a case this person may choose for the year; any other case is no case (404). */
	private CaseStudies.Study study(int year, long caseId) {
		return cases.study(caseId, ReportPeriod.financialYear(year))
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private PaperStore.ChosenStudy chosenStudy(int year, long studyId) {
		return drafts.study(year, studyId).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private String previewPage(int year, CaseStudies.Study study, Model model) {
		model.addAttribute("study", new Paper.Study(0, study.heading(), List.of(), study.paragraphs()));
		model.addAttribute("action", "/staff/plans/annual-report/" + year + "/case-studies/cases/" + study.caseId());
		model.addAttribute("adding", true);
		return page(year, model, "plans/case-study");
	}

	private String chosenPage(int year, PaperStore.ChosenStudy study, Model model) {
		model.addAttribute("study", new Paper.Study(study.id(), study.heading(), List.of(),
				PaperBuilder.paragraphs(study.summary())));
		model.addAttribute("action", "/staff/plans/annual-report/" + year + "/case-studies/" + study.id());
		model.addAttribute("adding", false);
		return page(year, model, "plans/case-study");
	}

	private static String page(int year, Model model, String view) {
		model.addAttribute("year", year);
		model.addAttribute("label", PaperBuilder.label(year));
		return view;
	}

	private void requireYear(int year) {
		if (year < PaperController.FIRST_YEAR || year > PaperController.financialYearOf(management.today())) {
			throw new ResponseStatusException(NOT_FOUND);
		}
	}

}

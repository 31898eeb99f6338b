package org.safercommunities.feedback;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.safercommunities.audit.ShowsPersonalData;
import org.safercommunities.feedback.SurveyAnswers.Theme;
import org.safercommunities.geography.Ward;
import org.safercommunities.geography.Wards;
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

/** Officers read what victims told us, tag themes and choose quotes for the annual report. */
@Controller
@RequestMapping("/staff/feedback")
@PreAuthorize("hasRole('OFFICER')")
class FeedbackStaffController {

	private final FeedbackComments comments;

	private final Wards wards;

	FeedbackStaffController(FeedbackComments comments, Wards wards) {
		this.comments = comments;
		this.wards = wards;
	}

	@ShowsPersonalData("feedback_response")
	@GetMapping
	String list(Model model) {
		model.addAttribute("responses", comments.lastTwelveMonths());
		model.addAttribute("wardNames", wards.all().stream().collect(Collectors.toMap(Ward::getCode, Ward::getName, (a, b) -> a)));
		return "feedback/staff-list";
	}

	@ShowsPersonalData("feedback_response")
	@GetMapping("/{id}")
	String one(@PathVariable long id, Model model) {
		FeedbackResponse response = comments.one(id);
		ThemesForm form = new ThemesForm();
		form.setThemes(response.getThemes().stream().map(Theme::name).toList());
		form.setForAnnualReport(response.isAnnualReportQuote());
		model.addAttribute("themesForm", form);
		return page(response, model);
	}

	@PostMapping("/{id}")
	String tag(@PathVariable long id, @ModelAttribute("themesForm") ThemesForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		FeedbackResponse response = comments.one(id);
		new ThemesFormValidator(response.isQuoteConsented() && response.getComment() != null).validate(form, result);
		if (result.hasErrors()) {
			return page(response, model);
		}
		comments.tag(id, form.getThemes().stream().map(Theme::valueOf).toList(), form.isForAnnualReport());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/staff/feedback/" + id;
	}

	private static String page(FeedbackResponse response, Model model) {
		model.addAttribute("response", response);
		model.addAttribute("themeCodes", Arrays.stream(Theme.values()).map(Enum::name).toList());
		return "feedback/staff-answer";
	}

}

package org.safercommunities.feedback;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.safercommunities.feedback.SurveyAnswers.Again;
import org.safercommunities.feedback.SurveyAnswers.Quote;
import org.safercommunities.feedback.SurveyAnswers.Support;
import org.safercommunities.feedback.SurveyAnswers.YesPartlyNo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The victim's survey at {@code /feedback/{token}}: one page, no account, no JavaScript. A link that was answered
 * already or never issued gets the same page, which says only that the link does not work.
 */
@Controller
@RequestMapping("/feedback")
class FeedbackSurveyController {

	private static final SurveyFormValidator RULES = new SurveyFormValidator();

	private final FeedbackSurvey survey;

	FeedbackSurveyController(FeedbackSurvey survey) {
		this.survey = survey;
	}

	@GetMapping("/thank-you")
	String thanks() {
		return "feedback/thanks";
	}

	@GetMapping("/{token}")
	String form(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!survey.isOpen(token)) {
			return closed(response);
		}
		model.addAttribute("surveyForm", new SurveyForm());
		return page(token, model);
	}

	@PostMapping("/{token}")
	String answer(@PathVariable String token, @ModelAttribute("surveyForm") SurveyForm form, BindingResult result,
			Model model, HttpServletResponse response) {
		RULES.validate(form, result);
		if (result.hasErrors()) {
			return survey.isOpen(token) ? page(token, model) : closed(response);
		}
		return survey.answer(token, form) ? "redirect:/feedback/thank-you" : closed(response);
	}

	private String page(String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("yesPartlyNo", codes(YesPartlyNo.values()));
		model.addAttribute("supportChoices", codes(Support.values()));
		model.addAttribute("againChoices", codes(Again.values()));
		model.addAttribute("quoteChoices", codes(Quote.values()));
		return "feedback/survey";
	}

	/** Answered already or never issued: the same 404 page either way. */
	private static String closed(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return "feedback/closed";
	}

	private static List<String> codes(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

}

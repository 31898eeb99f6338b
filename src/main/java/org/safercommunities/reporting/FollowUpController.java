package org.safercommunities.reporting;

import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.safercommunities.reporting.ReportCodes.SupportFeedback;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reporter's own page, opened with the reference and secret words from the confirmation page. */
@Controller
@RequestMapping("/follow-up")
class FollowUpController {

	static final String OPEN_REPORT = "safer.followUpReport";

	private final ReportFollowUp followUp;

	private final SubmissionLimiter limiter;

	private static final FollowUpFormValidator FORM_RULES = new FollowUpFormValidator();

	private static final InformationFormValidator INFORMATION_RULES = new InformationFormValidator();

	private static final FeedbackFormValidator FEEDBACK_RULES = new FeedbackFormValidator();

	private final MessageSource messages;

	/** Implemented by the referrals module (none in a slice without it): who the report's account went to. */
	private final ObjectProvider<ReferralsOfReport> referrals;

	/** Implemented by the feedback module (none in a slice without it): a survey waiting for this reporter. */
	private final ObjectProvider<FollowUpInvitations> invitations;

	FollowUpController(ReportFollowUp followUp, SubmissionLimiter limiter, MessageSource messages,
			ObjectProvider<ReferralsOfReport> referrals, ObjectProvider<FollowUpInvitations> invitations) {
		this.followUp = followUp;
		this.limiter = limiter;
		this.messages = messages;
		this.referrals = referrals;
		this.invitations = invitations;
	}

	@GetMapping
	String form(@ModelAttribute("followUpForm") FollowUpForm form) {
		return "reporting/follow-up";
	}

	@PostMapping
	String open(@ModelAttribute("followUpForm") FollowUpForm form, BindingResult result, HttpSession session,
			HttpServletRequest request, Model model) {
		FORM_RULES.validate(form, result);
		if (result.hasErrors()) {
			return "reporting/follow-up";
		}
		var wait = limiter.tryConsume(SubmissionLimiter.Action.FOLLOW_UP, request);
		if (wait.isPresent()) {
			model.addAttribute("minutes", Math.max(1, (wait.get().toSeconds() + 59) / 60));
			model.addAttribute("limited", "follow-up");
			return "reporting/too-many";
		}
		var opened = followUp.open(form.getReference(), form.getSecret());
		if (opened.isEmpty()) {
			// About the pair, not one field: shown by the first field, the reference.
			result.reject("reporting.follow-up.error.no-match");
			return "reporting/follow-up";
		}
		// A new session id once the report is open: an id planted before (on a shared computer at a centre, say)
		// must not become a way into it.
		request.changeSessionId();
		session.setAttribute(OPEN_REPORT, opened.get());
		return "redirect:/follow-up/report";
	}

	@GetMapping("/report")
	String report(HttpSession session, Model model) {
		Long reportId = (Long) session.getAttribute(OPEN_REPORT);
		if (reportId == null) {
			return "redirect:/follow-up";
		}
		model.addAttribute("report", followUp.view(reportId));
		model.addAttribute("referrals", referrals.stream().flatMap(source -> source.of(reportId).stream()).toList());
		model.addAttribute("surveyLink",
				invitations.stream().flatMap(source -> source.surveyLink(reportId).stream()).findFirst().orElse(null));
		if (!model.containsAttribute("informationForm")) {
			model.addAttribute("informationForm", new InformationForm());
		}
		model.addAttribute("feedbackChoices", Arrays.stream(SupportFeedback.values()).map(Enum::name).toList());
		return "reporting/follow-up-report";
	}

	@PostMapping("/report/information")
	String addInformation(@ModelAttribute("informationForm") InformationForm form, BindingResult result,
			HttpSession session, Model model, RedirectAttributes redirect, Locale locale) {
		Long reportId = (Long) session.getAttribute(OPEN_REPORT);
		if (reportId == null) {
			return "redirect:/follow-up";
		}
		INFORMATION_RULES.validate(form, result);
		if (result.hasErrors()) {
			return report(session, model);
		}
		followUp.addInformation(reportId, form.getInformation());
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("reporting.follow-up.added", null, locale));
		return "redirect:/follow-up/report";
	}

	@PostMapping("/report/withdraw")
	String withdraw(HttpSession session, RedirectAttributes redirect, Locale locale) {
		Long reportId = (Long) session.getAttribute(OPEN_REPORT);
		if (reportId == null) {
			return "redirect:/follow-up";
		}
		var outcome = followUp.withdrawPoliceConsent(reportId, locale);
		redirect.addFlashAttribute("flashSuccess", messages.getMessage(
				"reporting.follow-up.withdrawn." + outcome.name().toLowerCase(Locale.ROOT).replace('_', '-'), null, locale));
		return "redirect:/follow-up/report";
	}

	@PostMapping("/report/feedback")
	String feedback(@ModelAttribute("feedbackForm") FeedbackForm form, BindingResult result, HttpSession session,
			RedirectAttributes redirect, Locale locale) {
		Long reportId = (Long) session.getAttribute(OPEN_REPORT);
		if (reportId == null) {
			return "redirect:/follow-up";
		}
		FEEDBACK_RULES.validate(form, result);
		if (result.hasErrors()) {
			result.getModel().forEach(redirect::addFlashAttribute);
			return "redirect:/follow-up/report#feedback";
		}
		followUp.feedback(reportId, form.chosen().orElseThrow());
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("reporting.follow-up.thanks", null, locale));
		return "redirect:/follow-up/report";
	}

	@PostMapping("/close")
	String close(HttpSession session) {
		session.removeAttribute(OPEN_REPORT);
		return "redirect:/";
	}

}

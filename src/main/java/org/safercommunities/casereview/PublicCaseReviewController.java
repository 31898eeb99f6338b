package org.safercommunities.casereview;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.safercommunities.reporting.PublicSends;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public side of the Case Review: the start page, the published procedure (as the Act requires) and the
 * application, one plain HTML form that works without JavaScript; no account. Sends count against the public
 * rate limit of reports ({@link PublicSends}); CSRF as every form.
 */
@Controller
@RequestMapping("/case-review")
class PublicCaseReviewController {

	static final String FORM = "applicationForm";

	private final CaseReviewApplications applications;

	private final ApplicationFormValidator validator;

	private final PublicSends limit;

	private final CaseReviewSettings settings;

	PublicCaseReviewController(CaseReviewApplications applications, ApplicationFormValidator validator,
			PublicSends limit, CaseReviewSettings settings) {
		this.applications = applications;
		this.validator = validator;
		this.limit = limit;
		this.settings = settings;
	}

	@InitBinder(FORM)
	void binding(WebDataBinder binder) {
		binder.setAllowedFields("forWhom", "givenName", "familyName", "email", "phone", "problem", "location", "hate",
				"incidents[*].happenedOn", "incidents[*].reportedOn", "incidents[*].reportedTo", "incidents[*].reference",
				"website");
		binder.setAutoGrowCollectionLimit(ApplicationForm.INCIDENT_ROWS);
	}

	@GetMapping
	String start() {
		return "casereview/start";
	}

	@GetMapping("/procedure")
	String procedure(Model model) {
		model.addAttribute("settings", settings);
		model.addAttribute("back", "/case-review");
		return "casereview/procedure";
	}

	@GetMapping("/apply")
	String form(Model model) {
		model.addAttribute(FORM, new ApplicationForm());
		return show(model);
	}

	@PostMapping("/apply")
	String apply(@ModelAttribute(FORM) ApplicationForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		validator.validate(form, result);
		if (result.hasErrors()) {
			return show(model);
		}
		if (limit.tryConsume(request).isPresent()) {
			response.setStatus(429);
			return "casereview/too-many";
		}
		if (form.getWebsite() != null && !form.getWebsite().isBlank()) {
			// A script filled in the hidden field: answer as if sent, keep nothing.
			return "redirect:/case-review/sent";
		}
		return "redirect:/case-review/sent?reference=" + applications.apply(form);
	}

	@GetMapping("/sent")
	String sent(@RequestParam(required = false) String reference, Model model) {
		model.addAttribute("reference", reference != null && reference.matches("CR-[A-Z0-9]{8}") ? reference : null);
		return "casereview/sent";
	}

	private String show(Model model) {
		model.addAttribute("reportedTo", ReportedTo.values());
		model.addAttribute("back", "/case-review");
		return "casereview/apply";
	}

}

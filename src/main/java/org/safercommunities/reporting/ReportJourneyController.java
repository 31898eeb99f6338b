package org.safercommunities.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.safercommunities.reporting.ReportCodes.ContactMethod;
import org.safercommunities.reporting.ReportCodes.IncidentType;
import org.safercommunities.reporting.ReportCodes.NotReportingReason;
import org.safercommunities.reporting.ReportCodes.ReporterRole;
import org.safercommunities.reporting.ReportCodes.SupportKind;
import org.safercommunities.reporting.ReportCodes.WhenKind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.SessionAttributes;
import org.springframework.web.bind.support.SessionStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The public report, one question per page (GOV.UK pattern), then check answers, then confirmation. Works
 * without JavaScript. Answers live in the session until sent; a page may only change its own answers, and the
 * journey refuses to skip a question that has not been answered.
 */
@Controller
@RequestMapping("/report")
@SessionAttributes(ReportJourneyController.ANSWERS)
class ReportJourneyController {

	static final String ANSWERS = "answers";

	private static final int LOCAL_SERVICES_SHOWN = 5;

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReportJourneyController.class);

	/** Long enough to write down what happened without being timed out. */
	private static final int JOURNEY_IDLE_SECONDS = 60 * 60;

	private final ReportValidator validator;

	private final ReportSubmission submission;

	private final ReportingSettings settings;

	private final SubmissionLimiter limiter;

	private final EvidenceUploads evidence;

	private final EvidenceSettings evidenceSettings;

	private final org.springframework.context.MessageSource messages;

	/** Local services from the directory, when a module provides them (reporting does not depend on it). */
	private final ObjectProvider<LocalSignposting> localSignposting;

	ReportJourneyController(ReportValidator validator, ReportSubmission submission, ReportingSettings settings,
			SubmissionLimiter limiter, EvidenceUploads evidence, EvidenceSettings evidenceSettings,
			org.springframework.context.MessageSource messages, ObjectProvider<LocalSignposting> localSignposting) {
		this.evidenceSettings = evidenceSettings;
		this.localSignposting = localSignposting;
		this.validator = validator;
		this.submission = submission;
		this.settings = settings;
		this.limiter = limiter;
		this.evidence = evidence;
		this.messages = messages;
	}

	@ModelAttribute(ANSWERS)
	ReportAnswers answers() {
		return new ReportAnswers();
	}

	@InitBinder(ANSWERS)
	void onlyThisPagesAnswers(WebDataBinder binder, HttpServletRequest request) {
		String slug = request.getRequestURI().replaceFirst("^.*/report/?", "");
		binder.setAllowedFields(ReportStep.ofSlug(slug).map(ReportStep::fields).orElse(new String[] { "website" }));
	}

	@GetMapping
	String start(HttpSession session) {
		session.setMaxInactiveInterval(JOURNEY_IDLE_SECONDS);
		return "reporting/start";
	}

	@GetMapping("/call-999")
	String callEmergency(Model model) {
		model.addAttribute("back", "/report/emergency");
		return "reporting/call-999";
	}

	@GetMapping("/{slug}")
	String question(@PathVariable String slug, @ModelAttribute(ANSWERS) ReportAnswers answers,
			@RequestParam(defaultValue = "false") boolean change,
			@RequestParam(name = "too-large", required = false) String tooLarge,
			@RequestParam(name = "unreadable-name", required = false) String unreadableName, Model model,
			HttpSession session, Locale locale) {
		session.setMaxInactiveInterval(JOURNEY_IDLE_SECONDS);
		ReportStep step = stepOf(slug);
		if (tooLarge != null) {
			model.addAttribute("uploadTooLarge", true);
		}
		if (unreadableName != null && session.getAttribute(PublicUploadLimitFilter.UNREADABLE_NAME) instanceof String name) {
			session.removeAttribute(PublicUploadLimitFilter.UNREADABLE_NAME);
			model.addAttribute("errorSummary", List.of(evidenceError("reporting.evidence.error.name", name, locale)));
			model.addAttribute("formHasErrors", true);
		}
		var missing = validator.firstIncomplete(answers).filter(first -> first.ordinal() < step.ordinal());
		if (missing.isPresent()) {
			return "redirect:/report/" + missing.get().slug();
		}
		if (!step.appliesTo(answers)) {
			return "redirect:/report/" + step.next(answers).slug();
		}
		return show(step, change, model);
	}

	@PostMapping("/{slug}")
	String answer(@PathVariable String slug, @ModelAttribute(ANSWERS) ReportAnswers answers, BindingResult result,
			@RequestParam(defaultValue = "false") boolean change, Model model) {
		ReportStep step = stepOf(slug);
		validator.validate(step, answers, result);
		if (result.hasErrors()) {
			return show(step, change, model);
		}
		if (step == ReportStep.EMERGENCY && answers.reportsDanger()) {
			return "redirect:/report/call-999";
		}
		ReportStep next = step.next(answers);
		// After a change, return to check answers unless the change opened a question still to answer.
		if (change && validator.firstIncomplete(answers).isEmpty()) {
			return "redirect:/report/check-answers";
		}
		return "redirect:/report/" + next.slug();
	}

	@PostMapping(path = "/evidence", params = "upload")
	String uploadEvidence(@ModelAttribute(ANSWERS) ReportAnswers answers,
			@RequestParam(name = "files", required = false) List<org.springframework.web.multipart.MultipartFile> files,
			@RequestParam(defaultValue = "false") boolean change, Model model, Locale locale) throws java.io.IOException {
		List<org.safercommunities.system.ErrorLink> errors = new java.util.ArrayList<>();
		List<org.springframework.web.multipart.MultipartFile> chosen = files == null ? List.of()
				: files.stream().filter(file -> !file.isEmpty()).toList();
		if (chosen.isEmpty()) {
			errors.add(evidenceError("reporting.evidence.error.none", null, locale));
		}
		for (var file : chosen) {
			evidence.upload(answers.evidenceToken(), file)
				.ifPresent(problem -> errors.add(evidenceError(problem, EvidenceUploads.safeName(file.getOriginalFilename()), locale)));
		}
		if (!errors.isEmpty()) {
			model.addAttribute("errorSummary", errors);
			model.addAttribute("formHasErrors", true);
			return show(ReportStep.EVIDENCE, change, model);
		}
		return "redirect:/report/evidence" + (change ? "?change=true" : "");
	}

	@PostMapping(path = "/evidence", params = "remove")
	String removeEvidence(@ModelAttribute(ANSWERS) ReportAnswers answers, @RequestParam long remove,
			@RequestParam(defaultValue = "false") boolean change) {
		evidence.remove(answers.evidenceToken(), remove);
		return "redirect:/report/evidence" + (change ? "?change=true" : "");
	}

	private org.safercommunities.system.ErrorLink evidenceError(String key, String fileName, Locale locale) {
		String text = messages.getMessage(key, new Object[] { settings.maxEvidenceMegabytes(), settings.maxEvidenceFiles(),
				evidenceSettings.maxMegapixels(), evidenceSettings.pdfMaxPages() }, locale);
		return new org.safercommunities.system.ErrorLink("#files", fileName == null ? text : fileName + ": " + text);
	}

	@PostMapping("/check-answers")
	String send(@ModelAttribute(ANSWERS) ReportAnswers answers, BindingResult result, Model model,
			SessionStatus status, RedirectAttributes redirect, HttpServletRequest request, Locale locale) {
		if (StringUtils.hasText(answers.getWebsite())) {
			// The hidden honeypot field was filled in: a robot. Pretend all is well and keep nothing.
			status.setComplete();
			return "redirect:/report/received";
		}
		var missing = validator.firstIncomplete(answers);
		if (missing.isPresent()) {
			return "redirect:/report/" + missing.get().slug();
		}
		var wait = limiter.tryConsume(SubmissionLimiter.Action.REPORT, request);
		if (wait.isPresent()) {
			model.addAttribute("minutes", Math.max(1, (wait.get().toSeconds() + 59) / 60));
			model.addAttribute("limited", "report");
			return "reporting/too-many";
		}
		try {
			var sent = submission.submit(answers, Submission.online(), locale);
			redirect.addFlashAttribute("sent", sent);
			redirect.addFlashAttribute("policeConsent", answers.wantsPolice());
			redirect.addFlashAttribute("wardCode", answers.getWardCode());
			redirect.addFlashAttribute("strands", perceivedStrands(answers));
			status.setComplete();
			return "redirect:/report/confirmation";
		}
		catch (DataAccessException ex) {
			// Nothing was saved (one transaction) and the answers are still in the session.
			return "reporting/not-sent";
		}
	}

	@GetMapping("/confirmation")
	String confirmation(Model model, Locale locale) {
		if (!model.containsAttribute("sent")) {
			// Refreshed or bookmarked: the secret is shown only once, so say so rather than show a blank.
			return "reporting/confirmation-gone";
		}
		@SuppressWarnings("unchecked")
		Set<String> strands = (Set<String>) model.getAttribute("strands");
		model.addAttribute("localServices", localServices((String) model.getAttribute("wardCode"), strands, locale));
		return "reporting/confirmation";
	}

	/** Suggestions for the report's ward and strands (not personal data), or none without a directory. */
	private List<Signpost> localServices(String wardCode, Set<String> strands, Locale locale) {
		LocalSignposting signposting = localSignposting.getIfAvailable();
		if (signposting == null) {
			return List.of();
		}
		try {
			return signposting.suggest(ReportValidator.UNKNOWN_WARD.equals(wardCode) ? null : wardCode,
					strands == null ? Set.of() : strands, locale, LOCAL_SERVICES_SHOWN);
		}
		catch (RuntimeException ex) {
			// Suggestions are a help, never a reason for the confirmation (with its secret) not to show.
			log.warn("Local signposting failed: {}", ex.getClass().getSimpleName());
			return List.of();
		}
	}

	private static Set<String> perceivedStrands(ReportAnswers answers) {
		Set<String> strands = new java.util.LinkedHashSet<>(answers.getStrands());
		strands.remove(ReportValidator.NOT_SURE);
		return strands;
	}

	@GetMapping("/received")
	String received() {
		return "reporting/confirmation-gone";
	}

	private String show(ReportStep step, boolean change, Model model) {
		model.addAttribute("step", step.slug());
		model.addAttribute("change", change);
		ReportAnswers answers = (ReportAnswers) model.getAttribute(ANSWERS);
		model.addAttribute("back", change ? "/report/check-answers"
				: step.previous(answers).map(previous -> "/report/" + previous.slug()).orElse("/report"));
		addChoices(model);
		if (step == ReportStep.CHECK) {
			model.addAttribute("occurredOn", validator.occurredOn(answers).orElse(null));
		}
		if (step == ReportStep.NOT_REPORTING) {
			model.addAttribute("localServices", localServices(answers.getWardCode(), perceivedStrands(answers),
					org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		}
		if (step == ReportStep.EVIDENCE || step == ReportStep.CHECK) {
			model.addAttribute("uploaded", evidence.pending(answers.evidenceToken()));
			model.addAttribute("maxFiles", settings.maxEvidenceFiles());
			model.addAttribute("maxMegabytes", settings.maxEvidenceMegabytes());
		}
		return "reporting/" + step.slug();
	}

	private void addChoices(Model model) {
		model.addAttribute("reporterRoles", names(ReporterRole.values()));
		model.addAttribute("incidentTypes", names(IncidentType.values()));
		model.addAttribute("whenKinds", names(WhenKind.values()));
		model.addAttribute("wards", validator.wardChoices());
		model.addAttribute("strands", settings.strands());
		model.addAttribute("subtypes", settings.subtypes());
		model.addAttribute("notReportingReasons", names(NotReportingReason.values()));
		model.addAttribute("contactMethods", names(ContactMethod.values()));
		model.addAttribute("supportKinds", names(SupportKind.values()));
		model.addAttribute("signposting", ReportSubmission.SIGNPOSTING_WHEN_NOT_REPORTING);
	}

	private static ReportStep stepOf(String slug) {
		return ReportStep.ofSlug(slug).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

}

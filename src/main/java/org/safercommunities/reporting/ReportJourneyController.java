package org.safercommunities.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.safercommunities.reporting.ReportCodes.ContactMethod;
import org.safercommunities.reporting.ReportCodes.IncidentType;
import org.safercommunities.reporting.ReportCodes.NotReportingReason;
import org.safercommunities.reporting.ReportCodes.ReporterRole;
import org.safercommunities.reporting.ReportCodes.SupportKind;
import org.safercommunities.reporting.ReportCodes.WhenKind;
import org.safercommunities.uploads.FileNames;
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
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;
import static org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE;

/**
 * The public report, one question per page (GOV.UK pattern), then check answers, then confirmation. Works
 * without JavaScript. Answers are kept between pages in an encrypted draft ({@link ReportDrafts}), never in a
 * server session; a page may only change its own answers, and the journey refuses to skip a question that has
 * not been answered. The reference and secret words reach the confirmation page in a sealed cookie, read once.
 */
@Controller
@RequestMapping("/report")
class ReportJourneyController {

	static final String ANSWERS = "answers";

	private static final int LOCAL_SERVICES_SHOWN = 5;

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReportJourneyController.class);

	/** The sealed cookie that carries the reference and secret words to the confirmation page. */
	static final String RECEIPT = "SAFER_SENT";

	private static final String CONFIRMATION = "/report/confirmation";

	/** Sealed cookie with the cleaned name of a file whose name the server could not read. */
	static final String UNREADABLE_NAME = "SAFER_UNREADABLE_NAME";

	static final String EVIDENCE_PATH = "/report/evidence";

	private static final String EVIDENCE_FORM = "evidenceForm";

	/** Long enough for the redirect on a slow connection; the confirmation page clears it at once. */
	private static final long RECEIPT_SECONDS = 10 * 60;

	/** Request attribute: the draft could not be read (the database is out of reach). */
	private static final String DRAFT_UNAVAILABLE = ReportJourneyController.class.getName() + ".draftUnavailable";

	private final ReportValidator validator;

	private final ReportDrafts drafts;

	private final SealedCookies sealed;

	private final org.safercommunities.system.JourneyCookie journeys;

	private final ReportSubmission submission;

	private final ReportingSettings settings;

	private final SubmissionLimiter limiter;

	private final EvidenceUploads evidence;

	private final EvidenceFormValidator evidenceRules;

	/** Local services from the directory, when a module provides them (reporting does not depend on it). */
	private final ObjectProvider<LocalSignposting> localSignposting;

	ReportJourneyController(ReportValidator validator, ReportDrafts drafts, SealedCookies sealed,
			org.safercommunities.system.JourneyCookie journeys, ReportSubmission submission, ReportingSettings settings,
			SubmissionLimiter limiter, EvidenceUploads evidence, EvidenceFormValidator evidenceRules,
			ObjectProvider<LocalSignposting> localSignposting) {
		this.drafts = drafts;
		this.sealed = sealed;
		this.journeys = journeys;
		this.evidenceRules = evidenceRules;
		this.localSignposting = localSignposting;
		this.validator = validator;
		this.submission = submission;
		this.settings = settings;
		this.limiter = limiter;
		this.evidence = evidence;
	}

	/** The journey's answers so far; when the database is out of reach, none, and each handler says so. */
	@ModelAttribute(ANSWERS)
	ReportAnswers answers(HttpServletRequest request) {
		try {
			return drafts.load(request);
		}
		catch (DataAccessException ex) {
			request.setAttribute(DRAFT_UNAVAILABLE, true);
			return new ReportAnswers();
		}
	}

	@InitBinder(ANSWERS)
	void onlyThisPagesAnswers(WebDataBinder binder, HttpServletRequest request) {
		String slug = request.getRequestURI().replaceFirst("^.*/report/?", "");
		// A page with no answers of its own (evidence, check answers) binds none: an empty list would allow all.
		String[] fields = ReportStep.ofSlug(slug).map(ReportStep::fields).filter(names -> names.length > 0)
			.orElse(new String[] { "website" });
		binder.setAllowedFields(fields);
	}

	@GetMapping
	String start() {
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
			HttpServletRequest request, HttpServletResponse response) {
		ReportStep step = stepOf(slug);
		if (draftUnavailable(request)) {
			return unavailable("/report/" + step.slug(), model, response);
		}
		if (step == ReportStep.EVIDENCE && (tooLarge != null || unreadableName != null)) {
			// The upload was refused before this page was asked for again (a redirect): say why here.
			BindingResult result = evidenceResult(new EvidenceForm(), model);
			if (tooLarge != null) {
				evidenceRules.rejectTooLarge(result);
			}
			if (unreadableName != null) {
				sealed.open(request, response, UNREADABLE_NAME, EVIDENCE_PATH, String.class)
					.ifPresent(name -> evidenceRules.rejectFile(result, name, "reporting.evidence.error.name"));
			}
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
			@RequestParam(defaultValue = "false") boolean change, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		ReportStep step = stepOf(slug);
		validator.validate(step, answers, result);
		if (step == ReportStep.ABOUT_YOU && answers.choseAnonymity()) {
			// "Stay anonymous" means at once: nothing typed about themselves is kept, not even in the draft.
			answers.forgetIdentity();
		}
		if (!saved(request, response, answers)) {
			return notSaved(step, result, change, model, response);
		}
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
			@ModelAttribute(EVIDENCE_FORM) EvidenceForm form, BindingResult result,
			@RequestParam(defaultValue = "false") boolean change, Model model, HttpServletRequest request,
			HttpServletResponse response) throws java.io.IOException {
		if (draftUnavailable(request)) {
			return notSaved(ReportStep.EVIDENCE, result, change, model, response);
		}
		evidenceRules.validate(form, result);
		for (var file : form.chosen()) {
			evidence.upload(answers.evidenceToken(), file).ifPresent(
					problem -> evidenceRules.rejectFile(result, FileNames.safe(file.getOriginalFilename()), problem));
		}
		if (!saved(request, response, answers)) {
			return notSaved(ReportStep.EVIDENCE, result, change, model, response);
		}
		if (result.hasErrors()) {
			return show(ReportStep.EVIDENCE, change, model);
		}
		return "redirect:/report/evidence" + (change ? "?change=true" : "");
	}

	@PostMapping(path = "/evidence", params = "remove")
	String removeEvidence(@ModelAttribute(ANSWERS) ReportAnswers answers, @RequestParam long remove,
			@RequestParam(defaultValue = "false") boolean change, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		if (draftUnavailable(request)) {
			return unavailable(EVIDENCE_PATH, model, response);
		}
		evidence.remove(answers.evidenceToken(), remove);
		return "redirect:/report/evidence" + (change ? "?change=true" : "");
	}

	/** A fresh evidence form with its (so far empty) errors, in the model for the evidence page. */
	private static BindingResult evidenceResult(EvidenceForm form, Model model) {
		BindingResult result = new org.springframework.validation.BeanPropertyBindingResult(form, EVIDENCE_FORM);
		model.addAllAttributes(result.getModel());
		return result;
	}

	@PostMapping("/check-answers")
	String send(@ModelAttribute(ANSWERS) ReportAnswers answers, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (draftUnavailable(request)) {
			return notSent(response);
		}
		if (StringUtils.hasText(answers.getWebsite())) {
			// The hidden honeypot field was filled in: a robot. Pretend all is well and keep nothing.
			drafts.discard(request);
			journeys.end(request, response);
			return "redirect:/report/received";
		}
		var missing = validator.firstIncomplete(answers);
		if (missing.isPresent()) {
			return "redirect:/report/" + missing.get().slug();
		}
		ReportSubmission.Submitted sent;
		try {
			var wait = limiter.tryConsume(SubmissionLimiter.Action.REPORT, request);
			if (wait.isPresent()) {
				model.addAttribute("minutes", Math.max(1, (wait.get().toSeconds() + 59) / 60));
				model.addAttribute("limited", "report");
				return "reporting/too-many";
			}
			sent = submission.submit(answers, Submission.online(), locale);
		}
		catch (DataAccessException ex) {
			// Nothing was saved (one transaction) and the answers are still in the draft.
			return notSent(response);
		}
		// Committed: only now may the reference be shown. The draft goes; if that fails it expires within the hour.
		try {
			drafts.discard(request);
		}
		catch (DataAccessException ex) {
			log.warn("A sent report's draft could not be deleted now; it expires within {}", ReportDrafts.IDLE_LIMIT);
		}
		journeys.end(request, response);
		sealed.seal(response, RECEIPT, CONFIRMATION, RECEIPT_SECONDS, new Receipt(sent.reference(), sent.secret(),
				answers.wantsPolice(), answers.getWardCode(), perceivedStrands(answers)));
		return "redirect:" + CONFIRMATION;
	}

	/** What the confirmation page shows, once. */
	record Receipt(String reference, String secret, boolean policeConsent, String wardCode, Set<String> strands) {
	}

	@GetMapping("/confirmation")
	String confirmation(Model model, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		response.setHeader("Cache-Control", "no-store");
		var receipt = sealed.open(request, response, RECEIPT, CONFIRMATION, Receipt.class);
		if (receipt.isEmpty()) {
			// Refreshed or bookmarked: the secret is shown only once, so say so rather than show a blank.
			return "reporting/confirmation-gone";
		}
		model.addAttribute("sent", receipt.get());
		model.addAttribute("policeConsent", receipt.get().policeConsent());
		model.addAttribute("localServices", localServices(receipt.get().wardCode(), receipt.get().strands(), locale));
		return "reporting/confirmation";
	}

	private static boolean draftUnavailable(HttpServletRequest request) {
		return request.getAttribute(DRAFT_UNAVAILABLE) != null;
	}

	/** Keeps the answers; false when the database is out of reach. */
	private boolean saved(HttpServletRequest request, HttpServletResponse response, ReportAnswers answers) {
		if (draftUnavailable(request)) {
			return false;
		}
		try {
			drafts.save(request, response, answers);
			return true;
		}
		catch (DataAccessException ex) {
			return false;
		}
	}

	/**
	 * The same page again with what was just typed and a message: nothing is lost, try again shortly. About the
	 * whole page, not one answer, so an error of the form (shown by its first field).
	 */
	private String notSaved(ReportStep step, BindingResult result, boolean change, Model model,
			HttpServletResponse response) {
		response.setStatus(SERVICE_UNAVAILABLE.value());
		result.reject("reporting.unavailable.not-saved");
		return show(step, change, model);
	}

	/**
	 * The database went out of reach part way through a page (after the draft was read): the same page as when it
	 * was out of reach from the start, never a server error.
	 */
	@org.springframework.web.bind.annotation.ExceptionHandler({ DataAccessException.class,
			org.springframework.transaction.TransactionException.class })
	String databaseOutOfReach(HttpServletRequest request, HttpServletResponse response, Model model) {
		log.warn("The database was out of reach during {} {}", request.getMethod(), request.getRequestURI());
		return unavailable(request.getRequestURI().substring(request.getContextPath().length()), model, response);
	}

	private static String unavailable(String retry, Model model, HttpServletResponse response) {
		response.setStatus(SERVICE_UNAVAILABLE.value());
		model.addAttribute("retry", retry);
		return "reporting/unavailable";
	}

	private static String notSent(HttpServletResponse response) {
		response.setStatus(SERVICE_UNAVAILABLE.value());
		return "reporting/not-sent";
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
		answers.showing(step);
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
		if (step == ReportStep.EVIDENCE && !model.containsAttribute(EVIDENCE_FORM)) {
			evidenceResult(new EvidenceForm(), model);
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

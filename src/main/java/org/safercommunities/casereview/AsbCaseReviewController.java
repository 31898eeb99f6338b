package org.safercommunities.casereview;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.safercommunities.casereview.CaseReviewForms.AppealForm;
import org.safercommunities.casereview.CaseReviewForms.DecisionForm;
import org.safercommunities.casereview.CaseReviewForms.ReviewForm;
import org.safercommunities.shared.Attachment;
import org.safercommunities.shared.UkDates;
import org.safercommunities.system.PdfDocuments;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The officer's side of the Case Review: the list with each application's next deadline (late ones marked), the
 * application with the threshold test's answer rule by rule, and the decision, review and appeal, each with its
 * letter. The council's ASB officers run the procedure (OFFICER); the annual figures are also for analysts and
 * the board, who see counts only.
 */
@Controller
@RequestMapping("/staff/case-reviews")
class AsbCaseReviewController {

	private final CaseReviewApplications applications;

	private final CaseReviewStatistics statistics;

	private final PdfDocuments pdfs;

	AsbCaseReviewController(CaseReviewApplications applications, CaseReviewStatistics statistics, PdfDocuments pdfs) {
		this.applications = applications;
		this.statistics = statistics;
		this.pdfs = pdfs;
	}

	@GetMapping
	@PreAuthorize("hasRole('OFFICER')")
	String list(Model model) {
		model.addAttribute("rows", applications.list());
		return "casereview/staff/list";
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('OFFICER')")
	String page(@PathVariable long id, Model model) {
		return show(id, model, new DecisionForm(), new ReviewForm(), new AppealForm());
	}

	@PostMapping("/{id}/acknowledge")
	@PreAuthorize("hasRole('OFFICER')")
	String acknowledge(@PathVariable long id) {
		require(id);
		applications.acknowledge(id, applications.today());
		return "redirect:/staff/case-reviews/" + id;
	}

	@PostMapping("/{id}/decision")
	@PreAuthorize("hasRole('OFFICER')")
	String decide(@PathVariable long id, @ModelAttribute("decisionForm") DecisionForm form, BindingResult result,
			Model model) {
		require(id);
		new CaseReviewValidators.Decision().validate(form, result);
		if (result.hasErrors()) {
			return show(id, model, form, new ReviewForm(), new AppealForm());
		}
		applications.decide(id, "YES".equals(form.getAccepted()), form.getReason(), applications.today());
		return "redirect:/staff/case-reviews/" + id;
	}

	@PostMapping("/{id}/review")
	@PreAuthorize("hasRole('OFFICER')")
	String review(@PathVariable long id, @ModelAttribute("reviewForm") ReviewForm form, BindingResult result,
			Model model) {
		require(id);
		new CaseReviewValidators.Review().validate(form, result);
		if (result.hasErrors()) {
			return show(id, model, new DecisionForm(), form, new AppealForm());
		}
		applications.review(id, UkDates.parseDay(form.getHeldOn()).orElseThrow(), form.getRecommendations(),
				Outcome.valueOf(form.getOutcome()));
		return "redirect:/staff/case-reviews/" + id;
	}

	@PostMapping("/{id}/appeal")
	@PreAuthorize("hasRole('OFFICER')")
	String appeal(@PathVariable long id, @ModelAttribute("appealForm") AppealForm form, BindingResult result,
			Model model) {
		Application application = require(id);
		new CaseReviewValidators.Appeal(applications.appealBy(application).orElse(null)).validate(form, result);
		if (result.hasErrors()) {
			return show(id, model, new DecisionForm(), new ReviewForm(), form);
		}
		applications.appeal(id, UkDates.parseDay(form.getReceivedOn()).orElseThrow(), "YES".equals(form.getUpheld()),
				form.getReason(), applications.today());
		return "redirect:/staff/case-reviews/" + id;
	}

	/** The decision letter ({@code decision}) or the outcome letter ({@code outcome}) to the applicant, as a PDF. */
	@GetMapping("/{id}/decision-letter.pdf")
	@PreAuthorize("hasRole('OFFICER')")
	ResponseEntity<byte[]> decisionLetter(@PathVariable long id, Locale locale) {
		return letter(id, "decision", locale);
	}

	@GetMapping("/{id}/outcome-letter.pdf")
	@PreAuthorize("hasRole('OFFICER')")
	ResponseEntity<byte[]> outcomeLetter(@PathVariable long id, Locale locale) {
		return letter(id, "outcome", locale);
	}

	private ResponseEntity<byte[]> letter(long id, String letter, Locale locale) {
		CaseReviewApplications.Detail detail = applications.detail(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		boolean ready = "decision".equals(letter) ? detail.application().decidedOn() != null
				: detail.application().reviewHeldOn() != null;
		if (!ready) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		byte[] pdf = pdfs.render("pdf/casereview-letter", Map.of("detail", detail, "letter", letter,
				"today", UkDates.day(LocalDate.now())), locale);
		return Attachment.pdf(detail.application().reference() + "-" + letter + ".pdf", pdf);
	}

	@GetMapping("/statistics")
	@PreAuthorize("hasAnyRole('OFFICER', 'ANALYST', 'BOARD')")
	String statistics(@RequestParam(required = false) Integer year, Model model) {
		LocalDate today = applications.today();
		int start = year != null && year > 2000 && year < 2100 ? year
				: (today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1) - 1;
		model.addAttribute("year", statistics.year(start));
		model.addAttribute("outcomes", Outcome.values());
		return "casereview/staff/statistics";
	}

	private Application require(long id) {
		return applications.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private String show(long id, Model model, DecisionForm decision, ReviewForm review, AppealForm appeal) {
		model.addAttribute("detail", applications.detail(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
		model.addAttribute("decisionForm", decision);
		model.addAttribute("reviewForm", review);
		model.addAttribute("appealForm", appeal);
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("back", "/staff/case-reviews");
		return "casereview/staff/page";
	}

}

package org.safercommunities.cases;

import java.util.Locale;

import org.safercommunities.cases.CaseWorkForms.ReviewForm;
import org.safercommunities.cases.CaseWorkForms.ReviewScheduleForm;
import org.safercommunities.cases.CaseWorkSections.ReviewView;
import org.safercommunities.cases.CaseWorkValidators.ReviewScheduleValidator;
import org.safercommunities.cases.CaseWorkValidators.ReviewValidator;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.UkDates;
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

/** A case's reviews: the schedule and the reviews done, scheduling the next, and recording a review. */
@Controller
@RequestMapping("/staff/cases/{id}/reviews")
@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
class CaseReviewController {

	private static final String WORKERS = "hasAnyRole('OFFICER', 'POLICE')";

	private final CaseFiles cases;

	private final CaseReviews reviews;

	private final MessageSource messages;

	CaseReviewController(CaseFiles cases, CaseReviews reviews, MessageSource messages) {
		this.cases = cases;
		this.reviews = reviews;
		this.messages = messages;
	}

	@InitBinder
	void forbidIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "caseId");
	}

	@GetMapping
	String reviews(@PathVariable long id, Model model) {
		ReviewScheduleForm form = new ReviewScheduleForm();
		form.setTargetOn(reviews.next(id).map(review -> UkDates.day(review.getTargetOn()))
			.orElseGet(() -> UkDates.day(reviews.proposal(id).targetOn())));
		model.addAttribute("reviewScheduleForm", form);
		return reviewsPage(id, model);
	}

	@PostMapping("/schedule")
	@PreAuthorize(WORKERS)
	String schedule(@PathVariable long id, @ModelAttribute("reviewScheduleForm") ReviewScheduleForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		cases.require(id, CaseAccess.WORK);
		new ReviewScheduleValidator(reviews.today()).validate(form, result);
		if (result.hasErrors()) {
			return reviewsPage(id, model);
		}
		reviews.schedule(id, CaseWorkForms.day(form.getTargetOn()));
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("cases.work.flash.review-scheduled", null, locale));
		return "redirect:/staff/cases/" + id + "#reviews";
	}

	@GetMapping("/complete")
	@PreAuthorize(WORKERS)
	String completeForm(@PathVariable long id, Model model) {
		cases.require(id, CaseAccess.WORK);
		ReviewForm form = new ReviewForm();
		form.setCompletedOn(UkDates.day(reviews.today()));
		form.setNextTargetOn(UkDates.day(ReviewTiming.proposedFrom(reviews.today(), settingsOf()).targetOn()));
		model.addAttribute("reviewForm", form);
		return completePage(id, model);
	}

	@PostMapping("/complete")
	@PreAuthorize(WORKERS)
	String complete(@PathVariable long id, @ModelAttribute("reviewForm") ReviewForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		cases.require(id, CaseAccess.WORK);
		new ReviewValidator(reviews.today(), currentTiming(id)).validate(form, result);
		if (result.hasErrors()) {
			return completePage(id, model);
		}
		reviews.complete(id, CaseWorkForms.day(form.getCompletedOn()), form.getNote(), form.getLateReason(),
				CaseWorkForms.day(form.getNextTargetOn()));
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("cases.work.flash.review-done", null, locale));
		return "redirect:/staff/cases/" + id + "#reviews";
	}

	/** The waiting review's dates; with none waiting, a review done today is on time. */
	private ReviewTiming currentTiming(long id) {
		return reviews.next(id).map(CaseReview::timing).orElseGet(() -> reviews.timingFor(reviews.today()));
	}

	private ReviewSettings settingsOf() {
		return reviews.settings();
	}

	private String reviewsPage(long id, Model model) {
		CaseFile file = cases.require(id, CaseAccess.VIEW);
		model.addAttribute("caseFile", file);
		model.addAttribute("nextReview", reviews.next(id).map(review -> ReviewView.of(review, reviews.today())).orElse(null));
		model.addAttribute("done", reviews.done(id).stream().map(DoneReview::of).toList());
		model.addAttribute("canWork", CaseAccess.may(CurrentActor.require(), CaseAccess.WORK, file));
		return "cases/work/reviews";
	}

	private String completePage(long id, Model model) {
		model.addAttribute("caseFile", cases.require(id, CaseAccess.WORK));
		model.addAttribute("nextReview", reviews.next(id).map(review -> ReviewView.of(review, reviews.today())).orElse(null));
		return "cases/work/review-complete";
	}

	/** A review done, as the page shows it. */
	record DoneReview(String completedOn, String targetOn, boolean late, String note, String lateReason, String byName) {

		static DoneReview of(CaseReview review) {
			return new DoneReview(UkDates.day(review.getCompletedOn()), UkDates.day(review.getTargetOn()), review.isLate(),
					review.getNote(), review.getLateReason(), review.getCompletedByName());
		}

	}

}

package org.safercommunities.retention;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.safercommunities.retention.RetentionForms.RecordForm;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The retention page: each record type with its period, what is past it now and what falls due next month, the
 * job's last runs, the legal holds, and the forms to place a hold and to erase a record on request.
 */
@Controller
@RequestMapping("/staff/admin/retention")
@PreAuthorize("hasRole('ADMIN')")
class RetentionController {

	private final RetentionJob job;

	private final RetentionManagement management;

	private final RetentionStore store;

	private final MessageSource messages;

	RetentionController(RetentionJob job, RetentionManagement management, RetentionStore store,
			MessageSource messages) {
		this.job = job;
		this.management = management;
		this.store = store;
		this.messages = messages;
	}

	/** A record type's line: how many are past their period now, and how many reach it next month. */
	record TypeLine(RetentionJob.TypeStatus status, long expiredNow, long dueNextMonth) {
	}

	record TypeOption(String code, String label) {
	}

	/** A record due for review, as the page lists it: where to read it, and whether a hold keeps it. */
	record DueRecord(String type, String labelKey, long id, String path, boolean held) {
	}

	/** How many of a review type's due records the page lists at once, oldest first. */
	static final int DUE_LISTED = 50;

	@GetMapping
	String page(Model model) {
		YearMonth next = YearMonth.from(job.today()).plusMonths(1);
		List<TypeLine> lines = job.types().stream()
			.map(status -> new TypeLine(status,
					status.module().startingBetween(status.type().code(), LocalDate.of(1900, 1, 1), status.cutoff().minusDays(1)),
					status.module().startingBetween(status.type().code(), next.atDay(1).minus(status.period()),
							next.atEndOfMonth().minus(status.period()))))
			.toList();
		model.addAttribute("lines", lines);
		model.addAttribute("due", due());
		model.addAttribute("nextMonth", next);
		model.addAttribute("runs", store.lastRuns(10));
		model.addAttribute("holds", store.activeHolds());
		return "retention/retention";
	}

	private List<DueRecord> due() {
		List<DueRecord> due = new java.util.ArrayList<>();
		for (RetentionJob.TypeStatus status : job.types()) {
			if (status.type().disposal() != RetainedRecords.Disposal.REVIEW) {
				continue;
			}
			String code = status.type().code();
			List<Long> ids = status.module().expired(code, status.cutoff(), DUE_LISTED);
			java.util.Set<Long> held = store.held(code, ids);
			ids.forEach(id -> due.add(new DueRecord(code, status.type().labelKey(), id, status.module().recordPath(code, id),
					held.contains(id))));
		}
		return due;
	}

	@GetMapping("/reviews/{type}/{id}")
	String review(@PathVariable String type, @PathVariable long id, Model model) {
		model.addAttribute("reviewForm", new RetentionForms.ReviewForm());
		return reviewForm(reviewType(type), id, model);
	}

	@PostMapping("/reviews/{type}/{id}")
	String decide(@PathVariable String type, @PathVariable long id, @ModelAttribute("reviewForm") RetentionForms.ReviewForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		RetentionJob.TypeStatus status = reviewType(type);
		new RetentionForms.ReviewRules(job.today(), status.period()).validate(form, result);
		if (!result.hasErrors()) {
			switch (management.review(type, id, form.keeps(), form.getReason(), form.nextReviewDay().orElse(null))) {
				case KEPT -> {
					return done("retention.review.kept", redirect, locale);
				}
				case ANONYMISED -> {
					return done("retention.review.anonymised", redirect, locale);
				}
				case HELD -> result.rejectValue("decision", "retention.error.held",
						new Object[] { management.holdOn(type, id).map(RetentionStore.Hold::reason).orElse("") }, null);
				case NOT_FOUND -> result.rejectValue("decision", "retention.error.not-found");
			}
		}
		return reviewForm(status, id, model);
	}

	private RetentionJob.TypeStatus reviewType(String code) {
		return job.type(code).filter(status -> status.type().disposal() == RetainedRecords.Disposal.REVIEW)
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND));
	}

	private String reviewForm(RetentionJob.TypeStatus status, long id, Model model) {
		model.addAttribute("status", status);
		model.addAttribute("recordId", id);
		model.addAttribute("recordPath", status.module().recordPath(status.type().code(), id));
		return "retention/review-form";
	}

	@GetMapping("/holds/new")
	String newHold(Model model, Locale locale) {
		model.addAttribute("recordForm", new RecordForm());
		return form("hold", model, locale);
	}

	@GetMapping("/erasures/new")
	String newErasure(Model model, Locale locale) {
		model.addAttribute("recordForm", new RecordForm());
		return form("erase", model, locale);
	}

	private String form(String kind, Model model, Locale locale) {
		model.addAttribute("kind", kind);
		model.addAttribute("typeOptions", job.types().stream()
			.map(status -> new TypeOption(status.type().code(), messages.getMessage(status.type().labelKey(), null, locale)))
			.toList());
		return "retention/record-form";
	}

	@PostMapping("/holds")
	String placeHold(@ModelAttribute("recordForm") RecordForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		new RetentionForms.RecordRules(code -> job.type(code).isPresent()).validate(form, result);
		if (result.hasErrors()) {
			return form("hold", model, locale);
		}
		management.placeHold(form.getRecordType().strip(), form.id(), form.getReason());
		return done("retention.hold.placed", redirect, locale);
	}

	@PostMapping("/holds/{id}/lift")
	String liftHold(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		management.liftHold(id);
		return done("retention.hold.lifted", redirect, locale);
	}

	@PostMapping("/erasures")
	String erase(@ModelAttribute("recordForm") RecordForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		new RetentionForms.RecordRules(code -> job.type(code).isPresent()).validate(form, result);
		if (!result.hasErrors()) {
			String type = form.getRecordType().strip();
			switch (management.erase(type, form.id(), form.getReason())) {
				case ERASED -> {
					return done("retention.erase.done", redirect, locale);
				}
				case HELD -> result.rejectValue("recordId", "retention.error.held",
						new Object[] { management.holdOn(type, form.id()).map(RetentionStore.Hold::reason).orElse("") }, null);
				case NOT_FOUND -> result.rejectValue("recordId", "retention.error.not-found");
			}
		}
		return form("erase", model, locale);
	}

	@PostMapping("/runs")
	String runNow(RedirectAttributes redirect, Locale locale) {
		RetentionStore.Run run = management.runNow();
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("retention.run.done",
				new Object[] { run.disposed(), run.held(), run.failed() }, locale));
		return "redirect:/staff/admin/retention";
	}

	private String done(String key, RedirectAttributes redirect, Locale locale) {
		redirect.addFlashAttribute("flashSuccess", messages.getMessage(key, null, locale));
		return "redirect:/staff/admin/retention";
	}

}

package org.safercommunities.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.safercommunities.audit.ShowsPersonalData;
import org.safercommunities.cases.CaseFiles.NewCase;
import org.safercommunities.cases.CaseForms.CaseDetailsForm;
import org.safercommunities.cases.CaseForms.CloseForm;
import org.safercommunities.cases.CaseForms.LinkCaseForm;
import org.safercommunities.cases.CaseForms.LinkReportForm;
import org.safercommunities.cases.CaseForms.NoteForm;
import org.safercommunities.cases.CaseForms.OpenCaseForm;
import org.safercommunities.cases.CaseForms.PartyForm;
import org.safercommunities.cases.CaseForms.ShareForm;
import org.safercommunities.cases.CaseForms.StatusForm;
import org.safercommunities.cases.CaseFormValidators.CloseValidator;
import org.safercommunities.cases.CaseFormValidators.DetailsValidator;
import org.safercommunities.cases.CaseFormValidators.LinkCaseValidator;
import org.safercommunities.cases.CaseFormValidators.LinkReportValidator;
import org.safercommunities.cases.CaseFormValidators.NoteValidator;
import org.safercommunities.cases.CaseFormValidators.OpenCaseValidator;
import org.safercommunities.cases.CaseFormValidators.PartyValidator;
import org.safercommunities.cases.CaseFormValidators.ShareValidator;
import org.safercommunities.cases.CaseFormValidators.StatusValidator;
import org.safercommunities.geography.Ward;
import org.safercommunities.geography.Wards;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.people.Address;
import org.safercommunities.people.MatchSuggestion;
import org.safercommunities.people.PersonDetails;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.StaffActor;
import org.safercommunities.shared.UkTime;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Opening a case (from a report, pre-filled from it, or directly), the case page (whole, read only, or the
 * locked view of names and agencies) and the changes made on it. Each change first checks the person may work on
 * the case (404 otherwise, as for a case that does not exist), then comes back to the page; a form with errors
 * comes back as typed with its errors.
 */
@Controller
@RequestMapping("/staff/cases")
@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
class CaseController {

	private static final String WORKERS = "hasAnyRole('OFFICER', 'POLICE')";

	private static final OpenCaseValidator OPEN_RULES = new OpenCaseValidator();

	private static final DetailsValidator DETAILS_RULES = new DetailsValidator();

	private static final StatusValidator STATUS_RULES = new StatusValidator();

	private static final NoteValidator NOTE_RULES = new NoteValidator();

	private static final ShareValidator SHARE_RULES = new ShareValidator();

	private static final LinkReportValidator LINK_REPORT_RULES = new LinkReportValidator();

	private static final LinkCaseValidator LINK_CASE_RULES = new LinkCaseValidator();

	private final CaseFiles cases;

	private final CasePage page;

	private final CaseTypes types;

	private final ReportsForCases reports;

	private final Wards wards;

	private final Organisations organisations;

	private final MessageSource messages;

	private final Clock clock;

	CaseController(CaseFiles cases, CasePage page, CaseTypes types, ReportsForCases reports,
			Wards wards, Organisations organisations, MessageSource messages, Clock clock) {
		this.cases = cases;
		this.page = page;
		this.types = types;
		this.reports = reports;
		this.wards = wards;
		this.organisations = organisations;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder("openCaseForm")
	void onlyTypedFields(WebDataBinder binder) {
		binder.setDisallowedFields("reporterNamed");
	}

	@GetMapping("/new")
	@PreAuthorize(WORKERS)
	String newCase(@RequestParam(name = "report", required = false) Long reportId, Model model) {
		OpenCaseForm form = new OpenCaseForm();
		if (reportId != null) {
			ReportForCase report = cases.report(reportId).orElseThrow(() -> new CaseNotFound("report " + reportId));
			form = OpenCaseForm.from(report);
		}
		model.addAttribute("openCaseForm", form);
		return newCasePage(form, model);
	}

	@PostMapping
	@PreAuthorize(WORKERS)
	String create(@ModelAttribute("openCaseForm") OpenCaseForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		ReportForCase report = form.getReport() == null ? null
				: cases.report(form.getReport()).orElseThrow(() -> new CaseNotFound("report " + form.getReport()));
		form.reporterNamed(report != null && !report.anonymous());
		OPEN_RULES.validate(form, result);
		if (result.hasErrors()) {
			return newCasePage(form, model);
		}
		try {
			CaseFile opened = cases.open(new NewCase(form.getTypeCode(), form.getTitle(), form.getAccount(),
					form.getPlaceDescription(), form.getWardCode(), form.chosenSource().orElse(null), form.getReport(),
					form.reporterChoice()));
			return done(opened.getId(), "cases.flash.opened", redirect, locale, opened.getReference());
		}
		catch (CaseRuleBroken broken) {
			result.reject(broken.messageKey());
			return newCasePage(form, model);
		}
	}

	@ShowsPersonalData("case_file")
	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		CaseFile file = cases.openPage(id);
		StaffActor actor = CurrentActor.require();
		if (!CaseAccess.seesWholeCase(actor, file)) {
			page.lockedView(file, model);
			return "cases/locked";
		}
		page.wholeCase(file, model, CaseAccess.may(actor, CaseAccess.WORK, file));
		return "cases/show";
	}

	/** What the case is about, to change: the same fields and rules as when it was opened. */
	@ShowsPersonalData("case_file")
	@GetMapping("/{id}/details")
	@PreAuthorize(WORKERS)
	String details(@PathVariable long id, Model model) {
		CaseFile file = cases.require(id, CaseAccess.WORK);
		model.addAttribute("caseDetailsForm", CaseDetailsForm.from(file));
		return detailsPage(file, model);
	}

	@PostMapping("/{id}/details")
	@PreAuthorize(WORKERS)
	String describe(@PathVariable long id, @ModelAttribute("caseDetailsForm") CaseDetailsForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		CaseFile file = cases.require(id, CaseAccess.WORK);
		DETAILS_RULES.validate(form, result);
		if (!result.hasErrors()) {
			try {
				cases.describe(id, form.getTypeCode(), form.getTitle(), form.getAccount(), form.getPlaceDescription(),
						form.getWardCode());
				return done(id, "cases.flash.described", redirect, locale);
			}
			catch (CaseRuleBroken broken) {
				result.rejectValue("typeCode", broken.messageKey());
			}
		}
		return detailsPage(file, model);
	}

	@PostMapping("/{id}/status")
	@PreAuthorize(WORKERS)
	String status(@PathVariable long id, @ModelAttribute("statusForm") StatusForm form, BindingResult result,
			RedirectAttributes redirect, Locale locale) {
		cases.require(id, CaseAccess.WORK);
		STATUS_RULES.validate(form, result);
		if (result.hasErrors()) {
			return backWithErrors(id, "#change-status", result, redirect);
		}
		return apply(id, "#change-status", result, redirect, locale, "cases.flash.status",
				() -> cases.changeStatus(id, form.chosen().orElseThrow()));
	}

	@PostMapping("/{id}/notes")
	@PreAuthorize(WORKERS)
	String note(@PathVariable long id, @ModelAttribute("noteForm") NoteForm form, BindingResult result,
			RedirectAttributes redirect, Locale locale) {
		cases.require(id, CaseAccess.WORK);
		NOTE_RULES.validate(form, result);
		if (result.hasErrors()) {
			return backWithErrors(id, "#add-note", result, redirect);
		}
		cases.addNote(id, form.getNote());
		return done(id, "cases.flash.note", redirect, locale);
	}

	/**
	 * Adds a party. The first time, the people who may be the same are shown (with why) when there are any, and the
	 * officer chooses one of them or a new person; nothing is merged or chosen for them.
	 */
	@PostMapping("/{id}/parties")
	@PreAuthorize(WORKERS)
	String party(@PathVariable long id, @ModelAttribute("partyForm") PartyForm form, BindingResult result,
			RedirectAttributes redirect, Locale locale) {
		cases.require(id, CaseAccess.WORK);
		new PartyValidator(this::today).validate(form, result);
		if (result.hasErrors()) {
			return backWithErrors(id, "#add-party", result, redirect);
		}
		PersonDetails details = details(form);
		if (!StringUtils.hasText(form.getChoice())) {
			List<MatchSuggestion> matches = cases.suggestMatches(details);
			if (!matches.isEmpty()) {
				redirect.addFlashAttribute("partyForm", form);
				redirect.addFlashAttribute("partyMatching", Boolean.TRUE);
				return "redirect:/staff/cases/" + id + "#add-party";
			}
		}
		return apply(id, "#add-party", result, redirect, locale, "cases.flash.party", () -> {
			if (CaseForms.NEW_PERSON.equals(form.getChoice()) || !StringUtils.hasText(form.getChoice())) {
				cases.addNewParty(id, details, form.chosenRole().orElseThrow());
			}
			else {
				cases.addParty(id, Long.parseLong(form.getChoice()), form.chosenRole().orElseThrow());
			}
		});
	}

	@PostMapping("/{id}/shares")
	@PreAuthorize(WORKERS)
	String share(@PathVariable long id, @ModelAttribute("shareForm") ShareForm form, BindingResult result,
			RedirectAttributes redirect, Locale locale) {
		cases.require(id, CaseAccess.WORK);
		SHARE_RULES.validate(form, result);
		Organisation organisation = form.organisation().flatMap(organisations::find).orElse(null);
		if (!result.hasFieldErrors("organisationId") && organisation == null) {
			result.rejectValue("organisationId", "cases.error.share-organisation");
		}
		if (result.hasErrors()) {
			return backWithErrors(id, "#share", result, redirect);
		}
		return apply(id, "#share", result, redirect, locale, "cases.flash.shared", () -> cases.share(id,
				organisation.getId(), form.chosenLevel().orElseThrow(), form.getShareReason(), organisation.getName()));
	}

	@PostMapping("/{id}/close")
	@PreAuthorize(WORKERS)
	String close(@PathVariable long id, @ModelAttribute("closeForm") CloseForm form, BindingResult result,
			RedirectAttributes redirect, Locale locale) {
		CaseFile file = cases.require(id, CaseAccess.WORK);
		new CloseValidator(this::today, file.getOpenedOn()).validate(form, result);
		if (result.hasErrors()) {
			return backWithErrors(id, "#close", result, redirect);
		}
		return apply(id, "#close", result, redirect, locale, "cases.flash.closed", () -> cases.close(id,
				form.chosenOutcome().orElseThrow(), form.getClosureReason(), form.closedOnDate().orElseThrow()));
	}

	@PostMapping("/{id}/reopen")
	@PreAuthorize(WORKERS)
	String reopen(@PathVariable long id, @ModelAttribute("statusForm") StatusForm form, BindingResult result,
			RedirectAttributes redirect, Locale locale) {
		return apply(id, "#change-status", result, redirect, locale, "cases.flash.reopened", () -> cases.reopen(id));
	}

	/** Links another report, by its reference: a second report about the same victim joins their occasions. */
	@PostMapping("/{id}/reports")
	@PreAuthorize(WORKERS)
	String linkReport(@PathVariable long id, @ModelAttribute("linkReportForm") LinkReportForm form,
			BindingResult result, RedirectAttributes redirect, Locale locale) {
		cases.require(id, CaseAccess.WORK);
		LINK_REPORT_RULES.validate(form, result);
		Long reportId = result.hasErrors() ? null : reports.idOf(form.getReportReference()).orElse(null);
		if (!result.hasErrors() && reportId == null) {
			result.rejectValue("reportReference", "cases.error.report");
		}
		if (result.hasErrors()) {
			return backWithErrors(id, "#link-report", result, redirect);
		}
		return apply(id, "#link-report", result, redirect, locale, "cases.flash.report-linked",
				() -> cases.linkReport(id, reportId));
	}

	@PostMapping("/{id}/links")
	@PreAuthorize(WORKERS)
	String linkCase(@PathVariable long id, @ModelAttribute("linkCaseForm") LinkCaseForm form, BindingResult result,
			RedirectAttributes redirect, Locale locale) {
		cases.require(id, CaseAccess.WORK);
		LINK_CASE_RULES.validate(form, result);
		if (result.hasErrors()) {
			return backWithErrors(id, "#link-case", result, redirect);
		}
		return apply(id, "#link-case", result, redirect, locale, "cases.flash.case-linked",
				() -> cases.linkCase(id, form.getCaseReference()));
	}

	private String newCasePage(OpenCaseForm form, Model model) {
		ReportForCase report = form.getReport() == null ? null : cases.report(form.getReport()).orElse(null);
		model.addAttribute("report", report);
		List<MatchSuggestion> matches = List.of();
		if (report != null && !report.anonymous()) {
			matches = cases.suggestMatches(CaseFiles.reporterAsPerson(report.reporter()));
		}
		model.addAttribute("matches", matches);
		model.addAttribute("types", types.active());
		model.addAttribute("wards", wards.all());
		model.addAttribute("wardNames", wards.all().stream().collect(Collectors.toMap(Ward::getCode, Ward::getName)));
		model.addAttribute("sources", List.of(CaseCodes.Source.PHONE, CaseCodes.Source.EMAIL,
				CaseCodes.Source.MEMBER_ENQUIRY, CaseCodes.Source.OFFICER));
		return "cases/new";
	}

	private String detailsPage(CaseFile file, Model model) {
		model.addAttribute("caseFile", file);
		model.addAttribute("types", types.offeredFor(file.getTypeCode()));
		model.addAttribute("wards", wards.all());
		return "cases/details";
	}

	/** Runs a change; a rule the case keeps (a closed case, a share with itself) comes back as the form's error. */
	private String apply(long id, String anchor, BindingResult result, RedirectAttributes redirect, Locale locale,
			String doneKey, Runnable change) {
		try {
			change.run();
		}
		catch (CaseRuleBroken broken) {
			result.reject(broken.messageKey());
			return backWithErrors(id, anchor, result, redirect);
		}
		return done(id, doneKey, redirect, locale);
	}

	private static String backWithErrors(long id, String anchor, BindingResult result, RedirectAttributes redirect) {
		result.getModel().forEach(redirect::addFlashAttribute);
		return "redirect:/staff/cases/" + id + anchor;
	}

	private String done(long id, String key, RedirectAttributes redirect, Locale locale, Object... args) {
		redirect.addFlashAttribute("flashSuccess", messages.getMessage(key, args, locale));
		return "redirect:/staff/cases/" + id;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(UkTime.ZONE));
	}

	private static PersonDetails details(PartyForm form) {
		return new PersonDetails(blankToNull(form.getGivenName()), blankToNull(form.getFamilyName()), List.of(),
				form.birthDate().orElse(null), new ArrayList<Address>(), blankToNull(form.getPhone()),
				blankToNull(form.getEmail()), Map.of(), null, null, null);
	}

	private static String blankToNull(String text) {
		return StringUtils.hasText(text) ? text.strip() : null;
	}

}

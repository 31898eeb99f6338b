package org.safercommunities.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.List;
import java.util.stream.Collectors;

import org.safercommunities.audit.ShowsPersonalData;
import org.safercommunities.cases.CaseDocumentShares.SharedFile;
import org.safercommunities.referrals.ReceivingServices.Listed;
import org.safercommunities.referrals.ReferralCodes.Basis;
import org.safercommunities.referrals.ReferralCodes.ConsentKind;
import org.safercommunities.shared.Attachment;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.StaffActor;
import org.safercommunities.shared.UkDates;
import org.safercommunities.shared.UkTime;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
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

/**
 * Referral pages: the form from a case, a report or a person with its preview (exactly what the receiver will see), the inbox of what was
 * received and sent, one referral, and the receiver's answers.
 */
@Controller
@RequestMapping("/staff/referrals")
@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
class ReferralController {

	private static final String SENDERS = "hasAnyRole('OFFICER', 'POLICE')";

	/** Reports and people are the Community Safety Team's officers' (reporting's triage rule, the people pages). */
	private static final String OFFICERS = "hasRole('OFFICER')";

	private static final ReferralAnswerFormValidator DECLINE_RULES = new ReferralAnswerFormValidator(
			"referrals.error.decline-reason");

	private static final ReferralAnswerFormValidator OUTCOME_RULES = new ReferralAnswerFormValidator(
			"referrals.error.outcome");

	private final Referrals referrals;

	private final ReceivingServices services;

	private final MessageSource messages;

	private final Clock clock;

	ReferralController(Referrals referrals, ReceivingServices services, MessageSource messages, Clock clock) {
		this.referrals = referrals;
		this.services = services;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder
	void forbidIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "caseId");
	}

	@GetMapping
	String inbox(Model model) {
		model.addAttribute("inbox", referrals.inbox());
		model.addAttribute("sends", ReferralAccess.sends(CurrentActor.require()));
		return "referrals/inbox";
	}

	@ShowsPersonalData("case_file")
	@GetMapping("/from-case/{id}")
	@PreAuthorize(SENDERS)
	String formFromCase(@PathVariable long id, Model model) {
		return form(ReferralOrigin.ofCase(id), model);
	}

	@PostMapping("/from-case/{id}/preview")
	@PreAuthorize(SENDERS)
	String previewFromCase(@PathVariable long id, @ModelAttribute("referralForm") ReferralForm form,
			BindingResult result, Model model) {
		return preview(ReferralOrigin.ofCase(id), form, result, model);
	}

	@PostMapping("/from-case/{id}")
	@PreAuthorize(SENDERS)
	String sendFromCase(@PathVariable long id, @ModelAttribute("referralForm") ReferralForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		return send(ReferralOrigin.ofCase(id), form, result, model, redirect, locale);
	}

	@ShowsPersonalData("hate_report")
	@GetMapping("/from-report/{id}")
	@PreAuthorize(OFFICERS)
	String formFromReport(@PathVariable long id, Model model) {
		return form(ReferralOrigin.ofReport(id), model);
	}

	@PostMapping("/from-report/{id}/preview")
	@PreAuthorize(OFFICERS)
	String previewFromReport(@PathVariable long id, @ModelAttribute("referralForm") ReferralForm form,
			BindingResult result, Model model) {
		return preview(ReferralOrigin.ofReport(id), form, result, model);
	}

	@PostMapping("/from-report/{id}")
	@PreAuthorize(OFFICERS)
	String sendFromReport(@PathVariable long id, @ModelAttribute("referralForm") ReferralForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		return send(ReferralOrigin.ofReport(id), form, result, model, redirect, locale);
	}

	@ShowsPersonalData("person")
	@GetMapping("/from-person/{id}")
	@PreAuthorize(OFFICERS)
	String formFromPerson(@PathVariable long id, Model model) {
		return form(ReferralOrigin.ofPerson(id), model);
	}

	@PostMapping("/from-person/{id}/preview")
	@PreAuthorize(OFFICERS)
	String previewFromPerson(@PathVariable long id, @ModelAttribute("referralForm") ReferralForm form,
			BindingResult result, Model model) {
		return preview(ReferralOrigin.ofPerson(id), form, result, model);
	}

	@PostMapping("/from-person/{id}")
	@PreAuthorize(OFFICERS)
	String sendFromPerson(@PathVariable long id, @ModelAttribute("referralForm") ReferralForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		return send(ReferralOrigin.ofPerson(id), form, result, model, redirect, locale);
	}

	private String form(ReferralOrigin origin, Model model) {
		ReferralDraft draft = referrals.draft(origin);
		ReferralForm form = new ReferralForm();
		form.setSummary(draft.summary());
		form.setShareAccount(draft.account() != null);
		if (draft.suggested().size() == 1) {
			// One organisation matches what the reporter asked for: chosen for the officer to confirm.
			form.setReceivingOrganisationId(draft.suggested().get(0).organisationId());
		}
		model.addAttribute("referralForm", form);
		return formPage(draft, model);
	}

	private String preview(ReferralOrigin origin, ReferralForm form, BindingResult result, Model model) {
		ReferralDraft draft = referrals.draft(origin);
		rules(draft).validate(form, result);
		if (!result.hasErrors()) {
			ReceiverCopy preview = referrals.preview(origin, form.toSending());
			model.addAttribute("preview", preview);
			if (form.chosenBasis().orElseThrow() == Basis.CONSENT) {
				model.addAttribute("consentWording", referrals.consentWording(preview.to()));
			}
		}
		return formPage(draft, model);
	}

	private String send(ReferralOrigin origin, ReferralForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		ReferralDraft draft = referrals.draft(origin);
		rules(draft).validate(form, result);
		if (result.hasErrors()) {
			return formPage(draft, model);
		}
		long referralId = referrals.send(origin, form.toSending());
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("referrals.flash.sent", null, locale));
		return "redirect:/staff/referrals/" + referralId;
	}

	@ShowsPersonalData("referral")
	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		Referral referral = referrals.view(id);
		StaffActor actor = CurrentActor.require();
		model.addAttribute("referral", referral);
		model.addAttribute("copy", referrals.copyOf(referral));
		model.addAttribute("overdue", referral.isOverdueOn(today()));
		model.addAttribute("answers", ReferralAccess.may(actor, ReferralAccess.ANSWER, referral));
		model.addAttribute("sender", ReferralAccess.may(actor, ReferralAccess.SENDER, referral));
		if (!model.containsAttribute("referralAnswerForm")) {
			model.addAttribute("referralAnswerForm", new ReferralAnswerForm());
		}
		return "referrals/show";
	}

	/** A case document the referral shares, as an attachment of its real type, never shown inline or sniffed. */
	@GetMapping("/{id}/documents/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId) {
		SharedFile file = referrals.document(id, documentId).orElseThrow(() -> new ReferralNotFound(id));
		return Attachment.of(file.name(), file.contentType(), file.content());
	}

	@PostMapping("/{id}/accept")
	String accept(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		referrals.accept(id);
		return done(id, "referrals.flash.accepted", redirect, locale);
	}

	@PostMapping("/{id}/decline")
	String decline(@PathVariable long id, @ModelAttribute("referralAnswerForm") ReferralAnswerForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		DECLINE_RULES.validate(form, result);
		if (result.hasErrors()) {
			model.addAttribute("answering", "decline");
			return show(id, model);
		}
		referrals.decline(id, form.getText());
		return done(id, "referrals.flash.declined", redirect, locale);
	}

	@PostMapping("/{id}/contact")
	String contact(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		referrals.contactMade(id);
		return done(id, "referrals.flash.contact", redirect, locale);
	}

	@PostMapping("/{id}/complete")
	String complete(@PathVariable long id, @ModelAttribute("referralAnswerForm") ReferralAnswerForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		OUTCOME_RULES.validate(form, result);
		if (result.hasErrors()) {
			model.addAttribute("answering", "complete");
			return show(id, model);
		}
		referrals.complete(id, form.getText());
		return done(id, "referrals.flash.completed", redirect, locale);
	}

	@PostMapping("/{id}/withdraw-consent")
	@PreAuthorize(SENDERS)
	String withdrawConsent(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		Referrals.WithdrawalOutcome outcome = referrals.withdrawConsent(id);
		String key = !outcome.withdrawn() ? "referrals.flash.nothing-to-withdraw"
				: outcome.contactWasShared() ? "referrals.flash.withdrawn-with-contact"
						: outcome.accountWasShared() ? "referrals.flash.withdrawn-account" : "referrals.flash.withdrawn-summary";
		redirect.addFlashAttribute("flashSuccess", messages.getMessage(key,
				new Object[] { UkDates.day(outcome.sharedOn()) }, locale));
		return "redirect:/staff/referrals/" + id;
	}

	private String done(long id, String key, RedirectAttributes redirect, Locale locale) {
		redirect.addFlashAttribute("flashSuccess", messages.getMessage(key, null, locale));
		return "redirect:/staff/referrals/" + id;
	}

	private ReferralFormValidator rules(ReferralDraft draft) {
		return new ReferralFormValidator(services.active().stream().map(Listed::organisationId).collect(Collectors.toSet()),
				draft.documentIds());
	}

	private String formPage(ReferralDraft draft, Model model) {
		model.addAttribute("draft", draft);
		model.addAttribute("services", services.active());
		model.addAttribute("bases", Arrays.stream(Basis.values()).map(Enum::name).toList());
		model.addAttribute("consents", List.of(ConsentKind.GIVEN.name(), ConsentKind.REFUSED.name()));
		return "referrals/new";
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(UkTime.ZONE));
	}

}

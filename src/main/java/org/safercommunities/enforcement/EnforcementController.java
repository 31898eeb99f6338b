package org.safercommunities.enforcement;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.servlet.http.HttpServletResponse;

import org.safercommunities.audit.ShowsPersonalData;
import org.safercommunities.cases.CaseAccess;
import org.safercommunities.cases.CaseFile;
import org.safercommunities.cases.CaseFiles;
import org.safercommunities.enforcement.EnforcementForms.EvidenceForm;
import org.safercommunities.enforcement.EnforcementForms.PaymentForm;
import org.safercommunities.enforcement.EnforcementForms.PenaltyForm;
import org.safercommunities.enforcement.EnforcementForms.ToolForm;
import org.safercommunities.enforcement.EnforcementRegister.RegisterView;
import org.safercommunities.enforcement.EnforcementStore.OffenceCode;
import org.safercommunities.enforcement.EnforcementStore.PspoCondition;
import org.safercommunities.enforcement.EnforcementValidators.EvidenceValidator;
import org.safercommunities.enforcement.EnforcementValidators.PaymentValidator;
import org.safercommunities.enforcement.EnforcementValidators.PenaltyValidator;
import org.safercommunities.enforcement.EnforcementValidators.ToolValidator;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A case's enforcement register and its forms: tools and powers, fixed penalty notices, payments, evidence. */
@Controller
@RequestMapping("/staff/cases/{id}/enforcement")
@PreAuthorize(EnforcementAccess.READERS)
class EnforcementController {

	private final EnforcementRegister register;

	private final CaseFiles cases;

	private final MessageSource messages;

	private final EnforcementLists lists;

	private final EnforcementBundle bundles;

	EnforcementController(EnforcementRegister register, CaseFiles cases, MessageSource messages,
			EnforcementLists lists, EnforcementBundle bundles) {
		this.register = register;
		this.cases = cases;
		this.messages = messages;
		this.lists = lists;
		this.bundles = bundles;
	}

	@InitBinder
	void forbidIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "caseId");
	}

	@ShowsPersonalData("case_file")
	@GetMapping
	String show(@PathVariable long id, Model model) {
		RegisterView view = register.onCase(id);
		Map<Long, PspoCondition> conditions = conditionsById();
		model.addAttribute("caseFile", view.file());
		model.addAttribute("tools", view.tools().stream().map(tool -> ToolRow.of(tool, view, conditions)).toList());
		model.addAttribute("penalties", view.penalties().stream().map(penalty -> PenaltyRow.of(penalty, view)).toList());
		model.addAttribute("evidence", view.evidence().stream().map(each -> EvidenceRow.of(each, view)).toList());
		model.addAttribute("awaiting", view.breachesAwaitingAStep().stream().map(Tool::id).collect(Collectors.toSet()));
		model.addAttribute("canWork", CaseAccess.may(CurrentActor.require(), EnforcementAccess.WORK, view.file()));
		return "enforcement/register";
	}

	@ShowsPersonalData("case_file")
	@GetMapping("/tools")
	@PreAuthorize(EnforcementAccess.WORKERS)
	String toolForm(@PathVariable long id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String breachOf, Model model) {
		ToolForm form = new ToolForm();
		form.setKind(kind);
		form.setBreachOf(breachOf);
		form.setIssuedOn(UkDates.day(register.today()));
		model.addAttribute("toolForm", form);
		return toolPage(id, model);
	}

	@PostMapping("/tools")
	@PreAuthorize(EnforcementAccess.WORKERS)
	String recordTool(@PathVariable long id, @ModelAttribute("toolForm") ToolForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		new ToolValidator(register.today(), parties(id)).validate(form, result);
		if (!result.hasErrors()) {
			try {
				long toolId = register.recordTool(id, form.toRequest());
				redirect.addFlashAttribute("flashSuccess", messages.getMessage("enforcement.flash.tool",
						new Object[] { messages.getMessage("enforcement.kind." + form.getKind(), null, locale) }, locale));
				return "redirect:/staff/cases/" + id + "/enforcement#tool-" + toolId;
			}
			catch (EnforcementRuleBroken broken) {
				reject(result, broken);
			}
		}
		return toolPage(id, model);
	}

	@ShowsPersonalData("case_file")
	@GetMapping("/penalties")
	@PreAuthorize(EnforcementAccess.WORKERS)
	String penaltyForm(@PathVariable long id, @RequestParam(required = false) Long breach, Model model) {
		PenaltyForm form = new PenaltyForm();
		form.setIssuedOn(UkDates.day(register.today()));
		if (breach != null) {
			register.onCase(id).tools().stream().filter(tool -> tool.id() == breach && tool.kind().isBreach())
				.findFirst()
				.ifPresent(found -> prefillFrom(found, form));
		}
		model.addAttribute("penaltyForm", form);
		return penaltyPage(id, model);
	}

	@PostMapping("/penalties")
	@PreAuthorize(EnforcementAccess.WORKERS)
	String issuePenalty(@PathVariable long id, @ModelAttribute("penaltyForm") PenaltyForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		Set<String> codes = register.offenceCodes().stream().map(OffenceCode::code).collect(Collectors.toSet());
		new PenaltyValidator(register.today(), parties(id), codes).validate(form, result);
		if (!result.hasErrors()) {
			try {
				long penaltyId = register.issuePenalty(id, form.toRequest());
				redirect.addFlashAttribute("flashSuccess", messages.getMessage("enforcement.flash.penalty",
						new Object[] { form.getOffenceCode() }, locale));
				return "redirect:/staff/cases/" + id + "/enforcement#penalty-" + penaltyId;
			}
			catch (EnforcementRuleBroken broken) {
				reject(result, broken);
			}
		}
		return penaltyPage(id, model);
	}

	@GetMapping("/penalties/{penaltyId}/payment")
	@PreAuthorize(EnforcementAccess.WORKERS)
	String paymentForm(@PathVariable long id, @PathVariable long penaltyId, Model model) {
		PaymentForm form = new PaymentForm();
		form.setPaidOn(UkDates.day(register.today()));
		model.addAttribute("paymentForm", form);
		return paymentPage(id, penaltyId, model);
	}

	@PostMapping("/penalties/{penaltyId}/payment")
	@PreAuthorize(EnforcementAccess.WORKERS)
	String recordPayment(@PathVariable long id, @PathVariable long penaltyId,
			@ModelAttribute("paymentForm") PaymentForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		paymentPage(id, penaltyId, model);
		new PaymentValidator(register.today()).validate(form, result);
		if (!result.hasErrors()) {
			try {
				String key;
				if (form.cancelling()) {
					register.cancel(id, penaltyId, form.getReason());
					key = "enforcement.status.CANCELLED";
				}
				else {
					key = register.recordPayment(id, penaltyId, EnforcementForms.day(form.getPaidOn()),
							Money.parsePence(form.getAmount()).orElseThrow()).messageKey();
				}
				redirect.addFlashAttribute("flashSuccess", messages.getMessage("enforcement.flash.payment",
						new Object[] { messages.getMessage(key, null, locale) }, locale));
				return "redirect:/staff/cases/" + id + "/enforcement#penalty-" + penaltyId;
			}
			catch (EnforcementRuleBroken broken) {
				reject(result, broken);
			}
		}
		return "enforcement/payment";
	}

	@ShowsPersonalData("case_file")
	@GetMapping("/evidence")
	@PreAuthorize(EnforcementAccess.WORKERS)
	String evidenceForm(@PathVariable long id, Model model) {
		model.addAttribute("evidenceForm", new EvidenceForm());
		return evidencePage(id, model);
	}

	@PostMapping("/evidence")
	@PreAuthorize(EnforcementAccess.WORKERS)
	String addEvidence(@PathVariable long id, @ModelAttribute("evidenceForm") EvidenceForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		new EvidenceValidator(parties(id)).validate(form, result);
		if (!result.hasErrors()) {
			try {
				long evidenceId = register.addEvidence(id, form.toRequest());
				redirect.addFlashAttribute("flashSuccess", messages.getMessage("enforcement.flash.evidence", null, locale));
				return "redirect:/staff/cases/" + id + "/enforcement#evidence-" + evidenceId;
			}
			catch (EnforcementRuleBroken broken) {
				reject(result, broken);
			}
		}
		return evidencePage(id, model);
	}

	/** The court bundle's schedule as CSV: a professional witness's identity is withheld. */
	@ShowsPersonalData("case_file")
	@GetMapping("/bundle.csv")
	void bundle(@PathVariable long id, HttpServletResponse response) throws IOException {
		List<List<String>> rows = register.courtBundle(id);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"enforcement-bundle-" + id + ".csv\"");
		response.setHeader("Cache-Control", "no-store");
		OutputStreamWriter out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		CsvWriter csv = CsvWriter.builder().build(out);
		for (List<String> row : rows) {
			csv.writeRecord(row.stream().map(EnforcementController::safe).toList());
		}
		csv.flush();
		out.flush();
	}

	/** The court bundle as a PDF: tools, notices, breaches and evidence, professional witnesses redacted. */
	@ShowsPersonalData("case_file")
	@GetMapping("/bundle.pdf")
	org.springframework.http.ResponseEntity<byte[]> bundlePdf(@PathVariable long id, Locale locale) {
		byte[] pdf = bundles.pdf(id, locale);
		return org.safercommunities.shared.Attachment.pdf("enforcement-bundle-" + id + ".pdf", pdf);
	}

	private String say(String key) {
		return messages.getMessage(key, null, org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	private static void prefillFrom(Tool breach, PenaltyForm form) {
		EscalationRules.offenceFor(breach).ifPresent(form::setOffenceCode);
		form.setRecipient(breach.recipientPersonId() == null ? null : String.valueOf(breach.recipientPersonId()));
		form.setBreachOf(breach.breachOfId() == null ? null : String.valueOf(breach.breachOfId()));
		form.setPspoCondition(breach.pspoConditionId() == null ? null : String.valueOf(breach.pspoConditionId()));
	}

	private String toolPage(long id, Model model) {
		RegisterView view = register.onCase(id);
		model.addAttribute("caseFile", view.file());
		model.addAttribute("kinds", java.util.Arrays.stream(ToolKind.values())
			.map(kind -> new Option(kind.name(), say(kind.messageKey()))).toList());
		model.addAttribute("parties", partyOptions(view));
		model.addAttribute("notices", noticeOptions(view));
		model.addAttribute("pspoConditions", conditionOptions());
		model.addAttribute("limits", lists.closureOn(register.today()));
		return "enforcement/tool-form";
	}

	private String penaltyPage(long id, Model model) {
		RegisterView view = register.onCase(id);
		model.addAttribute("caseFile", view.file());
		model.addAttribute("offenceCodes", register.offenceCodes().stream()
			.map(code -> new Option(code.code(), code.code() + ": " + code.offence())).toList());
		model.addAttribute("parties", partyOptions(view));
		model.addAttribute("notices", noticeOptions(view));
		model.addAttribute("pspoConditions", conditionOptions());
		return "enforcement/penalty-form";
	}

	private String paymentPage(long id, long penaltyId, Model model) {
		RegisterView view = register.onCase(id);
		Penalty penalty = view.penalties().stream().filter(each -> each.id() == penaltyId).findFirst()
			.orElseThrow(() -> new org.safercommunities.cases.CaseNotFound(id));
		model.addAttribute("caseFile", view.file());
		model.addAttribute("penalty", PenaltyRow.of(penalty, view));
		return "enforcement/payment";
	}

	private String evidencePage(long id, Model model) {
		RegisterView view = register.onCase(id);
		model.addAttribute("caseFile", view.file());
		model.addAttribute("kinds", java.util.Arrays.stream(EvidenceKind.values())
			.map(kind -> new Option(kind.name(), say(kind.messageKey()))).toList());
		model.addAttribute("parties", partyOptions(view));
		return "enforcement/evidence-form";
	}

	private static List<Option> partyOptions(RegisterView view) {
		return view.parties().stream().map(party -> new Option(String.valueOf(party.personId()), party.name())).toList();
	}

	private List<Option> conditionOptions() {
		return register.pspoConditions().stream().map(each -> new Option(String.valueOf(each.id()), each.label())).toList();
	}

	private List<Option> noticeOptions(RegisterView view) {
		List<Option> options = new ArrayList<>();
		for (Tool notice : view.notices()) {
			String who = notice.recipientPersonId() == null ? notice.premises()
					: view.names().getOrDefault(notice.recipientPersonId(), "");
			options.add(new Option(String.valueOf(notice.id()), who + ", " + UkDates.day(notice.issuedOn())));
		}
		return options;
	}

	private Set<Long> parties(long id) {
		CaseFile file = cases.require(id, EnforcementAccess.WORK);
		return Set.copyOf(file.personIds());
	}

	private Map<Long, PspoCondition> conditionsById() {
		return register.pspoConditions().stream().collect(Collectors.toMap(PspoCondition::id, each -> each));
	}

	private static void reject(BindingResult result, EnforcementRuleBroken broken) {
		if (broken.field() == null) {
			result.reject(broken.messageKey(), broken.arguments(), null);
		}
		else {
			result.rejectValue(broken.field(), broken.messageKey(), broken.arguments(), null);
		}
	}

	/** A cell a spreadsheet would read as a formula is given a leading apostrophe (CSV injection). */
	static String safe(String cell) {
		if (cell == null) {
			return "";
		}
		return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
	}

	/** A choice in a select (the shared select fragment reads its value and label as properties). */
	record Option(String value, String label) {

		public String getValue() {
			return value;
		}

		public String getLabel() {
			return label;
		}

	}

	/** A tool as the register lists it. */
	record ToolRow(long id, String kindKey, String issuedOn, String servedOn, String conditions, String complianceOn,
			String inForceUntil, String pspoCondition, List<String> nextStepKeys, boolean breach, String withdrawnReason) {

		static ToolRow of(Tool tool, RegisterView view, Map<Long, PspoCondition> conditions) {
			String who = tool.recipientPersonId() == null ? tool.premises()
					: view.names().getOrDefault(tool.recipientPersonId(), "");
			PspoCondition condition = tool.pspoConditionId() == null ? null : conditions.get(tool.pspoConditionId());
			return new ToolRow(tool.id(), tool.kind().messageKey(), UkDates.day(tool.issuedOn()), who, tool.conditions(),
					UkDates.day(tool.complianceOn()), UkDates.day(tool.inForceUntil()),
					condition == null ? null : condition.label(),
					EscalationRules.nextSteps(tool).stream().map(EscalationRules.NextStep::messageKey).toList(),
					tool.kind().isBreach(), tool.withdrawnReason());
		}

	}

	/** A notice as the register lists it, amounts written in pounds. */
	record PenaltyRow(long id, String offenceCode, String recipient, String issuedOn, String amount,
			String earlyAmount, String earlyUntil, String dueOn, String statusKey, boolean open, String paid,
			String paidOn, String cancelReason) {

		static PenaltyRow of(Penalty penalty, RegisterView view) {
			return new PenaltyRow(penalty.id(), penalty.offenceCode(),
					view.names().getOrDefault(penalty.recipientPersonId(), ""), UkDates.day(penalty.issuedOn()),
					Money.pounds(penalty.amountPence()), Money.pounds(penalty.earlyAmountPence()),
					UkDates.day(penalty.earlyUntil()), UkDates.day(penalty.dueOn()), penalty.status().messageKey(),
					penalty.status() == PaymentStatus.UNPAID || penalty.status() == PaymentStatus.PROSECUTION_REVIEW,
					penalty.paidPence() == null ? null : Money.pounds(penalty.paidPence()), UkDates.day(penalty.paidOn()),
					penalty.cancelReason());
		}

	}

	/** An evidence reference as the register lists it (the witness named on the register, never in a bundle). */
	record EvidenceRow(long id, String kindKey, String reference, String witness, boolean professionalWitness) {

		static EvidenceRow of(Evidence evidence, RegisterView view) {
			return new EvidenceRow(evidence.id(), evidence.kind().messageKey(), evidence.reference(),
					evidence.witnessPersonId() == null ? null : view.names().getOrDefault(evidence.witnessPersonId(), ""),
					evidence.professionalWitness());
		}

	}

}

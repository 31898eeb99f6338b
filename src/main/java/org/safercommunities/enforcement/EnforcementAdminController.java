package org.safercommunities.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.enforcement.AdminForms.ClosureRuleForm;
import org.safercommunities.enforcement.AdminForms.ClosureRuleValidator;
import org.safercommunities.enforcement.AdminForms.OffenceCodeForm;
import org.safercommunities.enforcement.AdminForms.OffenceCodeValidator;
import org.safercommunities.enforcement.AdminForms.PspoForm;
import org.safercommunities.enforcement.AdminForms.PspoValidator;
import org.safercommunities.enforcement.AdminForms.TariffForm;
import org.safercommunities.enforcement.AdminForms.TariffValidator;
import org.safercommunities.enforcement.EnforcementController.Option;
import org.safercommunities.enforcement.EnforcementLists.OffenceCodeRow;
import org.safercommunities.enforcement.EnforcementLists.Pspo;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators keep the enforcement lists: offence codes, fixed penalty tariffs per period of validity (a notice
 * keeps the amounts it was issued with, so a change never alters notices already issued), PSPOs with their
 * conditions and dates, and the closure time-limit rules. Every change is audited.
 */
@Controller
@RequestMapping("/staff/admin/enforcement")
@PreAuthorize("hasRole('ADMIN')")
class EnforcementAdminController {

	private static final String HOME = "redirect:/staff/admin/enforcement";

	private final EnforcementLists lists;

	private final AuditTrail audit;

	private final MessageSource messages;

	EnforcementAdminController(EnforcementLists lists, AuditTrail audit, MessageSource messages) {
		this.lists = lists;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping
	String lists(Model model) {
		model.addAttribute("offenceCodes", lists.offenceCodes());
		model.addAttribute("tariffs", lists.tariffs().stream().map(TariffRow::of).toList());
		model.addAttribute("pspos", lists.pspos());
		model.addAttribute("closureRules", lists.closureRules());
		return "enforcement/admin/lists";
	}

	// Offence codes

	@GetMapping("/offence-codes/new")
	String newOffenceCode(Model model) {
		model.addAttribute("offenceCodeForm", new OffenceCodeForm());
		model.addAttribute("adding", true);
		return "enforcement/admin/offence-code";
	}

	@PostMapping("/offence-codes/new")
	@Transactional
	String addOffenceCode(@ModelAttribute("offenceCodeForm") OffenceCodeForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		new OffenceCodeValidator(codes(), true).validate(form, result);
		if (result.hasErrors()) {
			model.addAttribute("adding", true);
			return "enforcement/admin/offence-code";
		}
		String code = form.getCode().strip();
		lists.addOffenceCode(code, form.getOffence().strip());
		audit.record("ENFORCEMENT_OFFENCE_CODE_ADDED", "enforcement_offence_code", code, null);
		return done("enforcement.admin.saved-code", code, redirect, locale);
	}

	@GetMapping("/offence-codes/{code}")
	String offenceCode(@PathVariable String code, Model model) {
		OffenceCodeRow row = lists.offenceCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		OffenceCodeForm form = new OffenceCodeForm();
		form.setCode(row.code());
		form.setOffence(row.offence());
		form.setActive(row.active());
		model.addAttribute("offenceCodeForm", form);
		model.addAttribute("adding", false);
		return "enforcement/admin/offence-code";
	}

	@PostMapping("/offence-codes/{code}")
	@Transactional
	String changeOffenceCode(@PathVariable String code, @ModelAttribute("offenceCodeForm") OffenceCodeForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		lists.offenceCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		form.setCode(code);
		new OffenceCodeValidator(codes(), false).validate(form, result);
		if (result.hasErrors()) {
			model.addAttribute("adding", false);
			return "enforcement/admin/offence-code";
		}
		lists.changeOffenceCode(code, form.getOffence().strip(), form.isActive());
		audit.record("ENFORCEMENT_OFFENCE_CODE_CHANGED", "enforcement_offence_code", code, null);
		return done("enforcement.admin.saved-code", code, redirect, locale);
	}

	// Tariffs

	@GetMapping("/tariffs/new")
	String newTariff(Model model) {
		return tariffPage(new TariffForm(), 0, model);
	}

	@PostMapping("/tariffs/new")
	@Transactional
	String addTariff(@ModelAttribute("tariffForm") TariffForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		return saveTariff(0, form, result, model, redirect, locale);
	}

	@GetMapping("/tariffs/{id}")
	String tariff(@PathVariable long id, Model model) {
		Tariff tariff = lists.tariff(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return tariffPage(TariffForm.of(tariff), id, model);
	}

	@PostMapping("/tariffs/{id}")
	@Transactional
	String changeTariff(@PathVariable long id, @ModelAttribute("tariffForm") TariffForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		lists.tariff(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return saveTariff(id, form, result, model, redirect, locale);
	}

	private String saveTariff(long id, TariffForm form, BindingResult result, Model model, RedirectAttributes redirect,
			Locale locale) {
		List<Tariff> others = lists.tariffs().stream().filter(each -> each.id() != id).toList();
		new TariffValidator(codes(), others).validate(form, result);
		if (result.hasErrors()) {
			return tariffPage(form, id, model);
		}
		Tariff tariff = form.toTariff(id);
		lists.saveTariff(tariff);
		audit.record(id == 0 ? "ENFORCEMENT_TARIFF_ADDED" : "ENFORCEMENT_TARIFF_CHANGED", "enforcement_tariff",
				id == 0 ? null : id, tariff.everyOffence() ? "every offence" : tariff.offenceCode());
		return done("enforcement.admin.saved-tariff", TariffRow.of(tariff).offence(messages, locale), redirect, locale);
	}

	private String tariffPage(TariffForm form, long id, Model model) {
		model.addAttribute("tariffForm", form);
		model.addAttribute("tariffId", id);
		model.addAttribute("offenceOptions", lists.offenceCodes().stream()
			.map(code -> new Option(code.code(), code.code() + ": " + code.offence())).toList());
		return "enforcement/admin/tariff";
	}

	// PSPOs

	@GetMapping("/pspos/new")
	String newPspo(Model model) {
		model.addAttribute("pspoForm", new PspoForm());
		model.addAttribute("pspoId", 0L);
		return "enforcement/admin/pspo";
	}

	@PostMapping("/pspos/new")
	@Transactional
	String addPspo(@ModelAttribute("pspoForm") PspoForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		return savePspo(0, form, result, model, redirect, locale);
	}

	@GetMapping("/pspos/{id}")
	String pspo(@PathVariable long id, Model model) {
		Pspo pspo = lists.pspo(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("pspoForm", PspoForm.of(pspo));
		model.addAttribute("pspoId", id);
		return "enforcement/admin/pspo";
	}

	@PostMapping("/pspos/{id}")
	@Transactional
	String changePspo(@PathVariable long id, @ModelAttribute("pspoForm") PspoForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		lists.pspo(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return savePspo(id, form, result, model, redirect, locale);
	}

	private String savePspo(long id, PspoForm form, BindingResult result, Model model, RedirectAttributes redirect,
			Locale locale) {
		// Conditions a breach or notice names cannot be removed: the highest such number must stay
		int inUse = id == 0 ? 0 : highestConditionInUse(id);
		new PspoValidator(inUse).validate(form, result);
		if (result.hasErrors()) {
			model.addAttribute("pspoId", id);
			return "enforcement/admin/pspo";
		}
		long saved = lists.savePspo(form.toPspo(id));
		audit.record(id == 0 ? "ENFORCEMENT_PSPO_ADDED" : "ENFORCEMENT_PSPO_CHANGED", "enforcement_pspo", saved, null);
		return done("enforcement.admin.saved-pspo", form.getName().strip(), redirect, locale);
	}

	private int highestConditionInUse(long pspoId) {
		int count = lists.pspo(pspoId).map(each -> each.conditions().size()).orElse(0);
		for (int keep = count; keep > 0; keep--) {
			if (lists.conditionsInUseAbove(pspoId, keep - 1) > 0) {
				return keep;
			}
		}
		return 0;
	}

	// Closure rules

	@GetMapping("/closure-rules/new")
	String newClosureRule(Model model) {
		model.addAttribute("closureRuleForm", new ClosureRuleForm());
		return "enforcement/admin/closure-rule";
	}

	@PostMapping("/closure-rules/new")
	@Transactional
	String addClosureRule(@ModelAttribute("closureRuleForm") ClosureRuleForm form, BindingResult result,
			RedirectAttributes redirect, Locale locale) {
		Set<LocalDate> taken = lists.closureRules().stream().map(ClosureLimits::validFrom).collect(Collectors.toSet());
		new ClosureRuleValidator(taken).validate(form, result);
		if (result.hasErrors()) {
			return "enforcement/admin/closure-rule";
		}
		ClosureLimits rule = form.toRule();
		lists.addClosureRule(rule);
		audit.record("ENFORCEMENT_CLOSURE_RULE_ADDED", "enforcement_closure_rule", null, rule.validFrom().toString());
		return done("enforcement.admin.saved-rule", org.safercommunities.shared.UkDates.day(rule.validFrom()), redirect,
				locale);
	}

	private Set<String> codes() {
		return lists.offenceCodes().stream().map(OffenceCodeRow::code).collect(Collectors.toSet());
	}

	private String done(String key, String what, RedirectAttributes redirect, Locale locale) {
		redirect.addFlashAttribute("flashSuccess", messages.getMessage(key, new Object[] { what }, locale));
		return HOME;
	}

	/** A tariff as the list shows it, in pounds and days. */
	record TariffRow(long id, String offenceCode, String validFrom, String validTo, String amount, int reduction,
			String earlyAmount, int earlyDays, int payDays) {

		static TariffRow of(Tariff tariff) {
			PenaltyPricing.Price price = PenaltyPricing.price(List.of(tariff), tariff.everyOffence() ? "ANY"
					: tariff.offenceCode(), tariff.validFrom() == null ? LocalDate.of(2000, 1, 1) : tariff.validFrom());
			return new TariffRow(tariff.id(), tariff.everyOffence() ? null : tariff.offenceCode(),
					UkDatesText.day(tariff.validFrom()), UkDatesText.day(tariff.validTo()),
					Money.pounds(tariff.amountPence()), tariff.earlyReductionPercent(),
					Money.pounds(price.earlyAmountPence()), tariff.earlyDays(), tariff.payDays());
		}

		String offence(MessageSource messages, Locale locale) {
			return offenceCode != null ? offenceCode : messages.getMessage("enforcement.admin.every-offence", null, locale);
		}

	}

}

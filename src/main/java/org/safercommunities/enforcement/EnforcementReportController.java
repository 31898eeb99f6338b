package org.safercommunities.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.safercommunities.enforcement.EnforcementForms.PeriodForm;
import org.safercommunities.enforcement.EnforcementStore.OffenceCode;
import org.safercommunities.enforcement.EnforcementValidators.PeriodValidator;
import org.safercommunities.shared.UkDates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The enforcement report (counts, never a recipient): tools and powers as Fig. 3, fixed penalty notices by offence
 * code as Fig. 5, payment rate and receipts, for a period (by default the financial year so far); and the list of
 * notices passed for prosecution review.
 */
@Controller
@RequestMapping("/staff/enforcement")
class EnforcementReportController {

	private final EnforcementFigures figures;

	private final EnforcementRegister register;

	EnforcementReportController(EnforcementFigures figures, EnforcementRegister register) {
		this.figures = figures;
		this.register = register;
	}

	@GetMapping("/reports")
	@PreAuthorize(EnforcementAccess.REPORT_READERS)
	String reports(@ModelAttribute("periodForm") PeriodForm form, BindingResult result, Model model) {
		LocalDate today = register.today();
		if (form.getFrom() == null && form.getTo() == null) {
			form.setFrom(UkDates.day(financialYearStart(today)));
			form.setTo(UkDates.day(today));
		}
		new PeriodValidator().validate(form, result);
		if (!result.hasErrors()) {
			LocalDate from = EnforcementForms.day(form.getFrom());
			LocalDate to = EnforcementForms.day(form.getTo());
			model.addAttribute("tools", figures.toolsAndPowers(from, to, null));
			model.addAttribute("shares", figures.penaltiesByOffence(from, to, null));
			model.addAttribute("payments", figures.payments(from, to, null));
			model.addAttribute("offences", offenceNames());
		}
		return "enforcement/reports";
	}

	@GetMapping("/review")
	@PreAuthorize(EnforcementAccess.WORKERS)
	String review(Model model) {
		List<Penalty> penalties = register.forReview();
		model.addAttribute("penalties", penalties.stream().map(penalty -> new ReviewRow(penalty.id(), penalty.caseId(),
				penalty.offenceCode(), UkDates.day(penalty.issuedOn()), UkDates.day(penalty.dueOn()),
				Money.pounds(penalty.amountPence()))).toList());
		return "enforcement/review";
	}

	/** 1 April of the financial year {@code day} is in. */
	static LocalDate financialYearStart(LocalDate day) {
		LocalDate april = LocalDate.of(day.getYear(), 4, 1);
		return day.isBefore(april) ? april.minusYears(1) : april;
	}

	private Map<String, String> offenceNames() {
		return register.offenceCodes().stream()
			.collect(java.util.stream.Collectors.toMap(OffenceCode::code, OffenceCode::offence));
	}

	/** A notice awaiting a prosecution decision: its case, offence, dates and amount. */
	record ReviewRow(long id, long caseId, String offenceCode, String issuedOn, String dueOn, String amount) {
	}

}

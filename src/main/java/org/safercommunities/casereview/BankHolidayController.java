package org.safercommunities.casereview;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.casereview.CaseReviewForms.BankHolidayForm;
import org.safercommunities.shared.UkDates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Bank holidays of England and Wales, as managed data: administrators add the next years (gov.uk publishes them
 * about a year ahead) or a substitute day announced late; every working-day deadline follows at once.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
@RequestMapping("/staff/admin/bank-holidays")
class BankHolidayController {

	private final WorkingDays days;

	private final AuditTrail audit;

	BankHolidayController(WorkingDays days, AuditTrail audit) {
		this.days = days;
		this.audit = audit;
	}

	@GetMapping
	String list(Model model) {
		return show(model, new BankHolidayForm());
	}

	@PostMapping
	String add(@ModelAttribute("holidayForm") BankHolidayForm form, BindingResult result, Model model) {
		new CaseReviewValidators.BankHoliday().validate(form, result);
		if (result.hasErrors()) {
			return show(model, form);
		}
		var day = UkDates.parseDay(form.getDay()).orElseThrow();
		days.put(day, form.getName().strip());
		audit.record("BANK_HOLIDAY_SET", "casereview_bank_holiday", day, form.getName().strip());
		return "redirect:/staff/admin/bank-holidays";
	}

	private String show(Model model, BankHolidayForm form) {
		model.addAttribute("holidays", days.holidays());
		model.addAttribute("holidayForm", form);
		return "casereview/staff/bank-holidays";
	}

}

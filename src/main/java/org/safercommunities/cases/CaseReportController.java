package org.safercommunities.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.safercommunities.audit.ShowsPersonalData;
import org.safercommunities.cases.CaseReport.Section;
import org.safercommunities.cases.CaseForms.CaseReportForm;
import org.safercommunities.cases.CaseFormValidators.CaseReportValidator;
import org.safercommunities.shared.Attachment;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The case report: a page to choose the sections and whom it is for, and the PDF it makes. A GET form: making the
 * PDF changes nothing but the audit log, and the address can be bookmarked without holding personal data.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
class CaseReportController {

	private static final CaseReportValidator RULES = new CaseReportValidator();

	private final CaseFiles cases;

	private final CaseReport report;

	CaseReportController(CaseFiles cases, CaseReport report) {
		this.cases = cases;
		this.report = report;
	}

	@GetMapping("/staff/cases/{id}/report")
	String choose(@PathVariable long id, Model model) {
		CaseReportForm form = new CaseReportForm();
		form.setSections(EnumSet.allOf(Section.class).stream().map(Section::name).toList());
		return page(id, form, model);
	}

	@ShowsPersonalData("case_file")
	@GetMapping("/staff/cases/{id}/report.pdf")
	Object pdf(@PathVariable long id, @ModelAttribute("caseReportForm") CaseReportForm form, BindingResult result,
			Model model, Locale locale) {
		CaseFile file = cases.require(id, CaseAccess.VIEW);
		RULES.validate(form, result);
		if (result.hasErrors()) {
			return page(id, form, model);
		}
		Set<Section> sections = form.chosenSections();
		Optional<byte[]> pdf = report.render(id, sections, form.getRecipient(), locale);
		if (pdf.isEmpty()) {
			result.rejectValue("recipient", "cases.error.report-recipient");
			return page(id, form, model);
		}
		return Attachment.pdf("case-" + file.getReference() + ".pdf", pdf.get());
	}

	private String page(long id, CaseReportForm form, Model model) {
		CaseFile file = cases.require(id, CaseAccess.VIEW);
		model.addAttribute("caseFile", file);
		model.addAttribute("caseReportForm", form);
		model.addAttribute("sections", List.of(Section.values()));
		model.addAttribute("recipients", report.recipients(file));
		return "cases/report";
	}

}

package org.safercommunities.people;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.safercommunities.audit.ShowsPersonalData;
import org.safercommunities.people.PeopleForms.SearchForm;
import org.safercommunities.people.PeopleForms.SearchValidator;
import org.safercommunities.people.SubjectAccessForm.SubjectAccessValidator;
import org.safercommunities.shared.Attachment;
import org.safercommunities.system.PdfDocuments;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Subject access requests (administrator): find the person, see what every module holds about them, and download
 * it as a readable PDF or as JSON with other people's details removed. GET forms: an export changes nothing but the
 * audit log.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SubjectAccessController {

	private static final SearchValidator SEARCH_RULES = new SearchValidator();

	private static final SubjectAccessValidator RULES = new SubjectAccessValidator();

	private final SubjectAccess subjectAccess;

	private final People people;

	private final PersonRecordsFinder records;

	private final PdfDocuments pdfs;

	SubjectAccessController(SubjectAccess subjectAccess, People people, PersonRecordsFinder records, PdfDocuments pdfs) {
		this.subjectAccess = subjectAccess;
		this.people = people;
		this.records = records;
		this.pdfs = pdfs;
	}

	@InitBinder
	void bindOnlyFormFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/staff/admin/subject-access")
	String find(@ModelAttribute("searchForm") SearchForm search, BindingResult result,
			@RequestParam(required = false) String q, Model model) {
		if (q != null) {
			SEARCH_RULES.validate(search, result);
			if (!result.hasErrors()) {
				List<Long> found = people.find(q).stream().sorted(java.util.Comparator.reverseOrder()).limit(50).toList();
				model.addAttribute("results", people.summaries(found, "subject-access search"));
			}
		}
		return "people/subject-access-find";
	}

	@ShowsPersonalData("person")
	@GetMapping("/staff/admin/subject-access/{id}")
	String person(@PathVariable long id, Model model) {
		return page(id, new SubjectAccessForm(), model);
	}

	@ShowsPersonalData("person")
	@GetMapping("/staff/admin/subject-access/{id}/export.json")
	Object json(@PathVariable long id, @ModelAttribute("subjectAccessForm") SubjectAccessForm form,
			BindingResult result, Model model) {
		RULES.validate(form, result);
		if (result.hasErrors()) {
			return page(id, form, model);
		}
		SubjectAccess.Export export = subjectAccess.export(id, form.getRequest().strip(), "json").orElseThrow(SubjectAccessController::notFound);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"subject-access-" + export.personId() + ".json\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(export);
	}

	@ShowsPersonalData("person")
	@GetMapping("/staff/admin/subject-access/{id}/export.pdf")
	Object pdf(@PathVariable long id, @ModelAttribute("subjectAccessForm") SubjectAccessForm form,
			BindingResult result, Model model, Locale locale) {
		RULES.validate(form, result);
		if (result.hasErrors()) {
			return page(id, form, model);
		}
		SubjectAccess.Export export = subjectAccess.export(id, form.getRequest().strip(), "pdf").orElseThrow(SubjectAccessController::notFound);
		return Attachment.pdf("subject-access-" + export.personId() + ".pdf",
				pdfs.render("pdf/subject-access", Map.of("export", export), locale));
	}

	private String page(long id, SubjectAccessForm form, Model model) {
		PersonDetails subject = subjectAccess.subject(id).orElseThrow(SubjectAccessController::notFound);
		model.addAttribute("personId", people.current(id));
		model.addAttribute("subjectName", subject.displayName());
		model.addAttribute("held", records.everythingHeldAbout(id));
		model.addAttribute("subjectAccessForm", form);
		return "people/subject-access";
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
	}

}

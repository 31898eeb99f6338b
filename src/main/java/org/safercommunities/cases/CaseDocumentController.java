package org.safercommunities.cases;

import java.io.IOException;
import java.util.Locale;

import org.safercommunities.cases.CaseDocuments.DocumentFile;
import org.safercommunities.shared.Attachment;
import org.safercommunities.uploads.AcceptedFile;
import org.safercommunities.uploads.RefusedFile;
import org.safercommunities.uploads.SafeUploads;
import org.safercommunities.uploads.UploadCheck;

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
 * Documents on a case: adding one from the case page (its section is {@code cases/documents.html}) and downloading
 * one. A refused file comes back on the case page at once, saying why, with the description as typed (a file
 * cannot be kept across a redirect). A document kept while no malware scanner was reachable is held: listed, not
 * downloadable, until the scheduled scan finds it clean.
 */
@Controller
@RequestMapping("/staff/cases/{id}/documents")
@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
class CaseDocumentController {

	private final CaseFiles cases;

	private final CaseDocuments documents;

	private final CasePage page;

	private final SafeUploads uploads;

	private final CaseDocumentFormValidator rules;

	private final DocumentSettings settings;

	private final MessageSource messages;

	CaseDocumentController(CaseFiles cases, CaseDocuments documents, CasePage page, SafeUploads uploads,
			CaseDocumentFormValidator rules, DocumentSettings settings, MessageSource messages) {
		this.cases = cases;
		this.documents = documents;
		this.page = page;
		this.uploads = uploads;
		this.rules = rules;
		this.settings = settings;
		this.messages = messages;
	}

	@InitBinder("documentForm")
	void forbidIds(WebDataBinder binder) {
		binder.setDisallowedFields("id", "caseId");
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	String add(@PathVariable long id, @ModelAttribute("documentForm") CaseDocumentForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) throws IOException {
		CaseFile file = cases.require(id, CaseAccess.WORK);
		rules.validate(form, result);
		if (!result.hasErrors()) {
			UploadCheck check = uploads.accept(form.getDocumentFile(), settings.maxBytes());
			if (check instanceof RefusedFile refused) {
				rules.rejectFile(result, refused.reason());
			}
			else {
				AcceptedFile accepted = (AcceptedFile) check;
				documents.add(id, accepted, form.getDocumentDescription());
				redirect.addFlashAttribute("flashSuccess", messages.getMessage(accepted.held()
						? "cases.documents.flash.held" : "cases.documents.flash.added", new Object[] { accepted.name() },
						locale));
				return "redirect:/staff/cases/" + id + "#documents";
			}
		}
		page.wholeCase(file, model, true);
		return "cases/show";
	}

	/** The document as an attachment of its real type, never shown inline or sniffed as anything else. */
	@GetMapping("/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
		DocumentFile file = documents.download(id, documentId).orElseThrow(() -> new CaseNotFound(id));
		return Attachment.of(file.name(), file.contentType(), file.content());
	}

}

package org.safercommunities.cases;

import org.safercommunities.uploads.UploadRefusal;
import org.safercommunities.uploads.UploadSettings;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The document form's rules: a file chosen and a description of it. Whether the file itself may be kept is the
 * uploads module's check; {@link #rejectFile} words what it found. Every message is given the same limits, in this
 * order: megabytes, megapixels, PDF pages.
 */
@Component
class CaseDocumentFormValidator implements Validator {

	static final int MAX_DESCRIPTION = 500;

	private final DocumentSettings settings;

	private final UploadSettings uploads;

	CaseDocumentFormValidator(DocumentSettings settings, UploadSettings uploads) {
		this.settings = settings;
		this.uploads = uploads;
	}

	@Override
	public boolean supports(Class<?> type) {
		return CaseDocumentForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		CaseDocumentForm form = (CaseDocumentForm) target;
		if (!form.fileChosen()) {
			errors.rejectValue("documentFile", "cases.documents.error.none", limits(), null);
		}
		else if (form.getDocumentFile().getSize() > settings.maxBytes()) {
			// Said before the description's errors are fixed, so nobody chooses the file again to learn it is too big.
			errors.rejectValue("documentFile", "cases.documents.error.too-big", limits(), null);
		}
		if (!StringUtils.hasText(form.getDocumentDescription())) {
			errors.rejectValue("documentDescription", "cases.documents.error.description", limits(), null);
		}
		else if (form.getDocumentDescription().strip().length() > MAX_DESCRIPTION) {
			errors.rejectValue("documentDescription", "cases.documents.error.description-long",
					new Object[] { MAX_DESCRIPTION }, null);
		}
	}

	/** The uploads module refused the file. */
	void rejectFile(Errors errors, UploadRefusal reason) {
		errors.rejectValue("documentFile", "cases.documents.error." + reason.key(), limits(), null);
	}

	Object[] limits() {
		return new Object[] { settings.maxMegabytes(), uploads.maxMegapixels(), uploads.pdfMaxPages() };
	}

}

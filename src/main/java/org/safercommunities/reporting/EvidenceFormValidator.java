package org.safercommunities.reporting;

import org.safercommunities.uploads.UploadSettings;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The evidence page's rules: a file must be chosen, and a refused file is named in its message. Whether a file is
 * acceptable is {@link EvidenceUploads}' check; this class records what it found. Every message is given the
 * same limits, in this order: megabytes, files, megapixels, PDF pages.
 */
@Component
class EvidenceFormValidator implements Validator {

	private final ReportingSettings settings;

	private final UploadSettings evidence;

	EvidenceFormValidator(ReportingSettings settings, UploadSettings evidence) {
		this.settings = settings;
		this.evidence = evidence;
	}

	@Override
	public boolean supports(Class<?> type) {
		return EvidenceForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		if (((EvidenceForm) target).chosen().isEmpty()) {
			errors.rejectValue("files", "reporting.evidence.error.none", limits(), null);
		}
	}

	/** A file was refused ({@code problem} is a message key): the message says which file. */
	void rejectFile(Errors errors, String fileName, String problem) {
		errors.rejectValue("files", "reporting.evidence.error.file",
				new Object[] { fileName, new DefaultMessageSourceResolvable(new String[] { problem }, limits()) }, null);
	}

	/** The upload was bigger than the server accepts, so none of it was read. */
	void rejectTooLarge(Errors errors) {
		errors.rejectValue("files", "reporting.evidence.error.too-big", limits(), null);
	}

	private Object[] limits() {
		return new Object[] { settings.maxEvidenceMegabytes(), settings.maxEvidenceFiles(), evidence.maxMegapixels(),
				evidence.pdfMaxPages() };
	}

}

package org.safercommunities.cases;

import org.springframework.web.multipart.MultipartFile;

/**
 * Adding a document on the case page: the file, and what it is. Field names are the form's own, as the case page
 * holds several forms. Never flashed or kept in the session (a file is not): a form with errors is shown again at
 * once, with the description as typed.
 */
class CaseDocumentForm {

	private MultipartFile documentFile;

	private String documentDescription;

	public MultipartFile getDocumentFile() { return documentFile; }
	public void setDocumentFile(MultipartFile documentFile) { this.documentFile = documentFile; }
	public String getDocumentDescription() { return documentDescription; }
	public void setDocumentDescription(String documentDescription) { this.documentDescription = documentDescription; }

	boolean fileChosen() {
		return documentFile != null && !documentFile.isEmpty();
	}

}

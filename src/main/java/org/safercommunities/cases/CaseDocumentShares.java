package org.safercommunities.cases;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.uploads.ScanStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's documents as another module shares them (the referrals module's "documents chosen"): the list the sender
 * chooses from, for those who work on the case, and the chosen files for a reader the calling module's own rule
 * allows. A document held until scanned stays unavailable, and an infected one is never offered, as on the case
 * page. Every read of names or contents is audited on the case.
 */
@Service
@Transactional
public class CaseDocumentShares {

	private final CaseFiles cases;

	private final CaseDocumentRepository documents;

	private final FieldEncryption encryption;

	private final AuditTrail audit;

	CaseDocumentShares(CaseFiles cases, CaseDocumentRepository documents, FieldEncryption encryption, AuditTrail audit) {
		this.cases = cases;
		this.documents = documents;
		this.encryption = encryption;
		this.audit = audit;
	}

	/**
	 * A document that may be shared.
	 *
	 * @param available scanned clean, so it can be downloaded now; false while held for the scheduled scan
	 */
	public record ShareableDocument(long id, String name, boolean available) {
	}

	/** A shared document to download. */
	public record SharedFile(String name, String contentType, byte[] content) {
	}

	/**
	 * The case's documents that may be shared, oldest first, for those who work on the case
	 * ({@link CaseAccess#WORK}); infected ones are left out. Reading their names is audited.
	 */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	public List<ShareableDocument> shareable(long caseId) {
		cases.require(caseId, CaseAccess.WORK);
		List<ShareableDocument> found = documents.findByCaseIdOrderByUploadedAtAscIdAsc(caseId).stream()
			.filter(document -> document.getScanStatus() != ScanStatus.INFECTED)
			.map(document -> new ShareableDocument(document.getId(), document.getFileName(), document.downloadable()))
			.toList();
		if (!found.isEmpty()) {
			audit.record("CASE_DOCUMENTS_VIEWED", "case_file", caseId, found.size() + " documents listed to share");
		}
		return found;
	}

	/** Which of these documents of the case can be downloaded now (scanned clean). Names nothing, so not audited. */
	@Transactional(readOnly = true)
	public Map<Long, Boolean> availability(long caseId, Collection<Long> documentIds) {
		return documents.findByCaseIdOrderByUploadedAtAscIdAsc(caseId).stream()
			.filter(document -> documentIds.contains(document.getId()))
			.collect(Collectors.toMap(CaseDocument::getId, CaseDocument::downloadable));
	}

	/**
	 * One shared document, decrypted, when it is on the case and scanned clean. The caller has already decided by
	 * its own rule that the reader may have it (for a referral: its receiver, for a document the sender chose);
	 * {@code sharedBy} says which record shares it, for the audit log.
	 */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
	public Optional<SharedFile> sharedFile(long caseId, long documentId, String sharedBy) {
		Optional<SharedFile> file = documents.findByIdAndCaseId(documentId, caseId)
			.filter(CaseDocument::downloadable)
			.map(document -> new SharedFile(document.getFileName(), document.getContentType(),
					encryption.decrypt(document.getContent())));
		file.ifPresent(found -> audit.record("CASE_DOCUMENT_DOWNLOADED", "case_file", caseId,
				"Document " + documentId + " shared by " + sharedBy));
		return file;
	}

}

package org.safercommunities.cases;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.crypto.EncryptedColumn;
import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.StaffActor;
import org.safercommunities.shared.UkTime;
import org.safercommunities.uploads.AcceptedFile;
import org.safercommunities.uploads.HeldFiles;
import org.safercommunities.uploads.ScanResult;
import org.safercommunities.uploads.ScanStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents on a case. Adding one (a file the uploads module accepted) needs {@link CaseAccess#WORK} and puts
 * "Document added" on the timeline; listing and downloading need {@link CaseAccess#VIEW} (so a locked share sees
 * neither) and are audited reads, as names and contents may identify people. Documents kept while no malware
 * scanner was reachable are {@link HeldFiles} for the uploads module's scheduled scan, and are downloaded only
 * once it finds them clean.
 */
@Service
@Transactional
class CaseDocuments implements HeldFiles, EncryptedColumn.Source {

	/** The columns this class keeps ciphertext in, for key rotation. */
	@Override
	public java.util.List<EncryptedColumn> encryptedColumns() {
		return java.util.List.of(EncryptedColumn.bytes("case_document", "content"));
	}


	private static final Logger log = LoggerFactory.getLogger(CaseDocuments.class);

	private final CaseFiles cases;

	private final CaseDocumentRepository documents;

	private final CaseTimeline timeline;

	private final AuditTrail audit;

	private final FieldEncryption encryption;

	private final MessageSource messages;

	private final Clock clock;

	CaseDocuments(CaseFiles cases, CaseDocumentRepository documents, CaseTimeline timeline, AuditTrail audit,
			FieldEncryption encryption, MessageSource messages, Clock clock) {
		this.cases = cases;
		this.documents = documents;
		this.timeline = timeline;
		this.audit = audit;
		this.encryption = encryption;
		this.messages = messages;
		this.clock = clock;
	}

	/** Keeps the accepted file on the case, encrypted, with what it is. */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE')")
	CaseDocument add(long caseId, AcceptedFile file, String description) {
		cases.require(caseId, CaseAccess.WORK);
		StaffActor actor = CurrentActor.require();
		CaseDocument document = new CaseDocument(caseId, file.name(), description.strip(), file.contentType(),
				encryption.encrypt(file.content()), file.content().length, actor.userId(), actor.displayName(),
				clock.instant());
		document.scanned(file.scan(), clock.instant());
		documents.save(document);
		audit.record("CASE_DOCUMENT_ADDED", "case_file", caseId, "Document " + document.getId()
				+ (file.held() ? " (held until scanned)" : ""));
		timeline.add(caseId, TimelineKind.DOCUMENT, say("cases.documents.timeline.added", file.name()),
				"case_document", document.getId());
		return document;
	}

	/** The case's documents, oldest first; reading their names is audited. */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
	List<DocumentView> onCase(long caseId) {
		cases.require(caseId, CaseAccess.VIEW);
		List<DocumentView> views = documents.findByCaseIdOrderByUploadedAtAscIdAsc(caseId).stream()
			.map(DocumentView::of)
			.toList();
		if (!views.isEmpty()) {
			audit.record("CASE_DOCUMENTS_VIEWED", "case_file", caseId, views.size() + " documents listed");
		}
		return views;
	}

	/** The document, decrypted, when it is on this case and scanned clean; the download is audited. */
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
	Optional<DocumentFile> download(long caseId, long documentId) {
		cases.require(caseId, CaseAccess.VIEW);
		Optional<DocumentFile> file = documents.findByIdAndCaseId(documentId, caseId)
			.filter(CaseDocument::downloadable)
			.map(document -> new DocumentFile(document.getFileName(), document.getContentType(),
					encryption.decrypt(document.getContent())));
		file.ifPresent(found -> audit.record("CASE_DOCUMENT_DOWNLOADED", "case_file", caseId, "Document " + documentId));
		return file;
	}

	@Override
	public List<Long> heldIds(int limit) {
		return documents.findIdsByScanStatus(ScanStatus.NOT_SCANNED, PageRequest.of(0, limit));
	}

	@Override
	public Optional<byte[]> heldContent(long id) {
		return documents.findById(id)
			.filter(document -> document.getScanStatus() == ScanStatus.NOT_SCANNED)
			.map(document -> encryption.decrypt(document.getContent()));
	}

	/** A document found infected is quarantined, and the case's timeline says so. */
	@Override
	public void scanned(long id, ScanResult result) {
		CaseDocument document = documents.findById(id).orElseThrow();
		document.scanned(result, clock.instant());
		if (result.infected()) {
			log.warn("Quarantined document {} of case {}: the malware scanner found {}", id, document.getCaseId(),
					result.threat());
			timeline.add(document.getCaseId(), TimelineKind.DOCUMENT,
					say("cases.documents.timeline.quarantined", document.getFileName()), "case_document", id);
		}
	}

	private String say(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/** A document as the case page and the case report show it. */
	record DocumentView(long id, String name, String description, String contentType, long sizeBytes,
			String addedOn, String byName, ScanStatus status, String threat) {

		static DocumentView of(CaseDocument document) {
			return new DocumentView(document.getId(), document.getFileName(), document.getDescription(),
					document.getContentType(), document.getSizeBytes(),
					org.safercommunities.shared.UkDates.day(document.getUploadedAt().atZone(UkTime.ZONE).toLocalDate()),
					document.getUploadedByName(), document.getScanStatus(), document.getThreatName());
		}

		public boolean downloadable() {
			return status == ScanStatus.CLEAN;
		}

		public String statusKey() {
			return "cases.documents.scan." + status.key();
		}

		/** The size in kilobytes, at least 1, as GOV.UK shows file sizes. */
		public long kilobytes() {
			return Math.max(1, Math.round(sizeBytes / 1024.0));
		}

	}

	/** A document to download. */
	record DocumentFile(String name, String contentType, byte[] content) {
	}

}

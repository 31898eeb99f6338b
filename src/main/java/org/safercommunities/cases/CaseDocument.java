package org.safercommunities.cases;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.safercommunities.crypto.EncryptedText;
import org.safercommunities.uploads.ScanResult;
import org.safercommunities.uploads.ScanStatus;

/**
 * A document on a case: a letter, photo, witness statement or warning letter, as the uploads module made it safe,
 * encrypted. Downloaded only once scanned clean: one kept while no scanner was reachable is held, and one found
 * infected is quarantined (kept for the record, never downloaded).
 */
@Entity
@Table(name = "case_document")
class CaseDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private long caseId;

	@Convert(converter = EncryptedText.class)
	@Column(name = "file_name", nullable = false, updatable = false)
	private String fileName;

	@Convert(converter = EncryptedText.class)
	@Column(nullable = false, updatable = false)
	private String description;

	@Column(name = "content_type", nullable = false, updatable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false, updatable = false)
	private long sizeBytes;

	@Basic(fetch = FetchType.LAZY)
	@Column(nullable = false, updatable = false)
	private byte[] content;

	@Column(name = "uploaded_by_user_id", updatable = false)
	private Long uploadedByUserId;

	@Column(name = "uploaded_by_name", updatable = false)
	private String uploadedByName;

	@Column(name = "uploaded_at", nullable = false, updatable = false)
	private Instant uploadedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "scan_status", nullable = false)
	private ScanStatus scanStatus = ScanStatus.NOT_SCANNED;

	@Column(name = "scanned_at")
	private Instant scannedAt;

	@Column(name = "threat_name")
	private String threatName;

	protected CaseDocument() {
	}

	CaseDocument(long caseId, String fileName, String description, String contentType, byte[] encryptedContent,
			long sizeBytes, Long uploadedByUserId, String uploadedByName, Instant uploadedAt) {
		this.caseId = caseId;
		this.fileName = fileName;
		this.description = description;
		this.contentType = contentType;
		this.content = encryptedContent;
		this.sizeBytes = sizeBytes;
		this.uploadedByUserId = uploadedByUserId;
		this.uploadedByName = uploadedByName;
		this.uploadedAt = uploadedAt;
	}

	void scanned(ScanResult result, Instant when) {
		this.scanStatus = result.status();
		this.threatName = result.threat();
		this.scannedAt = result.status() == ScanStatus.NOT_SCANNED ? null : when;
	}

	/** Only a file scanned clean leaves the system. */
	boolean downloadable() {
		return scanStatus == ScanStatus.CLEAN;
	}

	Long getId() { return id; }
	long getCaseId() { return caseId; }
	String getFileName() { return fileName; }
	String getDescription() { return description; }
	String getContentType() { return contentType; }
	long getSizeBytes() { return sizeBytes; }
	byte[] getContent() { return content; }
	String getUploadedByName() { return uploadedByName; }
	Instant getUploadedAt() { return uploadedAt; }
	ScanStatus getScanStatus() { return scanStatus; }
	String getThreatName() { return threatName; }

}

package org.safercommunities.reporting;

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
import org.safercommunities.uploads.FileNames;
import org.safercommunities.uploads.ScanResult;
import org.safercommunities.uploads.ScanStatus;

/**
 * A photo or PDF attached to a report, encrypted, rebuilt without its metadata or active content, and with the
 * result of its malware scan. An infected file is quarantined: kept for the record, never downloaded.
 */
@Entity
@Table(name = "report_evidence")
public class Evidence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "report_id")
	private Long reportId;

	@Column(name = "upload_token", nullable = false)
	private String uploadToken;

	@Convert(converter = EncryptedText.class)
	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Basic(fetch = FetchType.LAZY)
	@Column(nullable = false)
	private byte[] content;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "scan_status", nullable = false)
	private ScanStatus scanStatus = ScanStatus.NOT_SCANNED;

	@Column(name = "scanned_at")
	private Instant scannedAt;

	@Column(name = "threat_name")
	private String threatName;

	protected Evidence() {
	}

	Evidence(String uploadToken, String fileName, String contentType, byte[] encryptedContent, long sizeBytes,
			Instant uploadedAt) {
		this.uploadToken = uploadToken;
		this.fileName = fileName;
		this.contentType = contentType;
		this.content = encryptedContent;
		this.sizeBytes = sizeBytes;
		this.uploadedAt = uploadedAt;
	}

	void scanned(ScanResult result, Instant when) {
		this.scanStatus = result.status();
		this.threatName = result.threat();
		this.scannedAt = result.status() == ScanStatus.NOT_SCANNED ? null : when;
	}

	boolean quarantined() {
		return scanStatus == ScanStatus.INFECTED;
	}

	void attachTo(long reportId) {
		this.reportId = reportId;
	}

	public Long getId() { return id; }
	public Long getReportId() { return reportId; }
	public String getUploadToken() { return uploadToken; }
	/** Cleaned again on reading, for files kept before format characters were removed on upload. */
	public String getFileName() { return FileNames.safe(fileName); }
	public String getContentType() { return contentType; }
	public long getSizeBytes() { return sizeBytes; }
	public ScanStatus getScanStatus() { return scanStatus; }
	public String getScanMessageKey() { return "reporting.staff.evidence.scan." + scanStatus.key(); }
	public Instant getScannedAt() { return scannedAt; }
	public String getThreatName() { return threatName; }
	public boolean isQuarantined() { return quarantined(); }
	byte[] getContent() { return content; }

}

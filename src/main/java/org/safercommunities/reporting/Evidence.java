package org.safercommunities.reporting;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.safercommunities.crypto.EncryptedText;

/** A photo or PDF attached to a report, encrypted, with its identifying metadata already removed. */
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

	void attachTo(long reportId) {
		this.reportId = reportId;
	}

	public Long getId() { return id; }
	public Long getReportId() { return reportId; }
	public String getUploadToken() { return uploadToken; }
	public String getFileName() { return fileName; }
	public String getContentType() { return contentType; }
	public long getSizeBytes() { return sizeBytes; }
	byte[] getContent() { return content; }

}

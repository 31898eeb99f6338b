package org.safercommunities.reporting;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.safercommunities.crypto.EncryptedColumn;
import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.uploads.AcceptedFile;
import org.safercommunities.uploads.RefusedFile;
import org.safercommunities.uploads.SafeUploads;
import org.safercommunities.uploads.UploadCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence a reporter attaches before sending: made safe by the uploads module ({@link SafeUploads}: checked,
 * scanned, stripped of metadata), encrypted and held against the journey's upload token; linked to the report
 * when it is sent. Files of reports never sent are deleted.
 */
@Service
@Transactional
class EvidenceUploads implements EncryptedColumn.Source {

	/** The columns this class keeps ciphertext in, for key rotation. */
	@Override
	public java.util.List<EncryptedColumn> encryptedColumns() {
		return java.util.List.of(EncryptedColumn.bytes("report_evidence", "content"));
	}


	private static final Logger log = LoggerFactory.getLogger(EvidenceUploads.class);

	private static final String REFUSED = "reporting.evidence.error.";

	private final EvidenceRepository evidence;

	private final SafeUploads uploads;

	private final FieldEncryption encryption;

	private final ReportingSettings settings;

	private final Clock clock;

	EvidenceUploads(EvidenceRepository evidence, SafeUploads uploads, FieldEncryption encryption,
			ReportingSettings settings, Clock clock) {
		this.evidence = evidence;
		this.uploads = uploads;
		this.encryption = encryption;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Stores one file, or says (as a message key) why it cannot be accepted. The journey's own limits (the size
	 * a file may be, how many a report may carry) come first, from the declared size, before anything is read.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED) // rendering and scanning hold no database connection
	Optional<String> upload(String token, MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			return Optional.of(REFUSED + "none");
		}
		long maxBytes = settings.maxEvidenceMegabytes() * 1024L * 1024L;
		if (file.getSize() > maxBytes) {
			return Optional.of(REFUSED + "too-big");
		}
		if (evidence.countByUploadTokenAndReportIdIsNull(token) >= settings.maxEvidenceFiles()) {
			return Optional.of(REFUSED + "too-many");
		}
		UploadCheck check = uploads.accept(file.getOriginalFilename(), file.getBytes(), maxBytes);
		if (check instanceof RefusedFile refused) {
			return Optional.of(REFUSED + refused.reason().key());
		}
		AcceptedFile accepted = (AcceptedFile) check;
		Evidence kept = new Evidence(token, accepted.name(), accepted.contentType(),
				encryption.encrypt(accepted.content()), accepted.content().length, clock.instant());
		kept.scanned(accepted.scan(), clock.instant());
		evidence.save(kept);
		return Optional.empty();
	}

	@Transactional(readOnly = true)
	List<Evidence> pending(String token) {
		return token == null ? List.of() : evidence.findByUploadTokenAndReportIdIsNull(token);
	}

	void remove(String token, long id) {
		evidence.findById(id)
			.filter(file -> file.getReportId() == null && token != null && token.equals(file.getUploadToken()))
			.ifPresent(evidence::delete);
	}

	/** Called in the same transaction as the report is saved. */
	void attach(String token, long reportId) {
		pending(token).forEach(file -> file.attachTo(reportId));
	}

	@Transactional(readOnly = true)
	List<Evidence> of(long reportId) {
		return evidence.findByReportId(reportId);
	}

	@Transactional(readOnly = true)
	Optional<DecryptedFile> read(long reportId, long evidenceId) {
		return evidence.findById(evidenceId)
			.filter(file -> Long.valueOf(reportId).equals(file.getReportId()))
			.filter(file -> !file.quarantined())
			.map(file -> new DecryptedFile(file.getFileName(), file.getContentType(),
					encryption.decrypt(file.getContent())));
	}

	/** Idempotent, so every instance may run it: no lock needed. */
	@Scheduled(cron = "0 17 3 * * *")
	void deleteAbandoned() {
		int deleted = evidence.deleteAbandoned(clock.instant().minus(Duration.ofDays(1)));
		if (deleted > 0) {
			log.info("Deleted {} evidence files of reports that were never sent", deleted);
		}
	}

	record DecryptedFile(String name, String contentType, byte[] content) {
	}

}

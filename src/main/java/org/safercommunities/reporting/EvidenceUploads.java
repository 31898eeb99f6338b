package org.safercommunities.reporting;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.safercommunities.crypto.FieldEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence a reporter attaches before sending: checked, stripped of metadata, encrypted and held against the
 * journey's upload token; linked to the report when it is sent. Files of reports never sent are deleted.
 */
@Service
@Transactional
class EvidenceUploads {

	private static final Logger log = LoggerFactory.getLogger(EvidenceUploads.class);

	private final EvidenceRepository evidence;

	private final EvidenceFiles files;

	private final FieldEncryption encryption;

	private final ReportingSettings settings;

	private final Clock clock;

	EvidenceUploads(EvidenceRepository evidence, EvidenceFiles files, FieldEncryption encryption,
			ReportingSettings settings, Clock clock) {
		this.evidence = evidence;
		this.files = files;
		this.encryption = encryption;
		this.settings = settings;
		this.clock = clock;
	}

	/** Stores one file, or says (as a message key) why it cannot be accepted. */
	Optional<String> upload(String token, MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			return Optional.of("reporting.evidence.error.none");
		}
		if (file.getSize() > settings.maxEvidenceMegabytes() * 1024L * 1024L) {
			return Optional.of("reporting.evidence.error.too-big");
		}
		if (evidence.countByUploadTokenAndReportIdIsNull(token) >= settings.maxEvidenceFiles()) {
			return Optional.of("reporting.evidence.error.too-many");
		}
		byte[] content = file.getBytes();
		String type = files.detect(content);
		if (!EvidenceFiles.ACCEPTED.contains(type)) {
			return Optional.of("reporting.evidence.error.type");
		}
		Optional<byte[]> cleaned = files.withoutMetadata(content, type);
		if (cleaned.isEmpty()) {
			return Optional.of("reporting.evidence.error.unreadable");
		}
		evidence.save(new Evidence(token, safeName(file.getOriginalFilename()), type,
				encryption.encrypt(cleaned.get()), cleaned.get().length, clock.instant()));
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

	/** Only the last part of the name, without path or control characters, at most 120 characters. */
	static String safeName(String original) {
		String name = StringUtils.hasText(original) ? original.replace('\\', '/') : "file";
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>]", "").strip();
		if (name.isEmpty()) {
			name = "file";
		}
		return name.length() > 120 ? name.substring(name.length() - 120) : name;
	}

	record DecryptedFile(String name, String contentType, byte[] content) {
	}

}

package org.safercommunities.reporting;

import java.io.IOException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.safercommunities.crypto.FieldEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

	private static final int MAX_NAME = 120;

	private static final Pattern UNSAFE_IN_NAMES = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}\\p{Zl}\\p{Zp}\"<>]");

	private final EvidenceRepository evidence;

	private final VirusScanning scanner;

	private final EvidenceFiles files;

	private final FieldEncryption encryption;

	private final ReportingSettings settings;

	private final Clock clock;

	EvidenceUploads(EvidenceRepository evidence, EvidenceFiles files, VirusScanning scanner,
			FieldEncryption encryption, ReportingSettings settings, Clock clock) {
		this.evidence = evidence;
		this.scanner = scanner;
		this.files = files;
		this.encryption = encryption;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Stores one file, or says (as a message key) why it cannot be accepted. With a scanner configured, both the
	 * original bytes (where malware hides in a PDF's streams) and the rebuilt file are scanned before keeping it.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED) // rendering and scanning hold no database connection
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
		VirusScanning.Result scan = scanner.scan(content);
		if (scan.infected()) {
			log.warn("Refused an uploaded file: the malware scanner found {}", scan.threat());
			return Optional.of("reporting.evidence.error.infected");
		}
		byte[] cleaned;
		try {
			cleaned = files.clean(content, type);
		}
		catch (EvidenceRefused refused) {
			return Optional.of(refused.messageKey());
		}
		scan = scan.and(scanner.scan(cleaned));
		if (scan.infected()) {
			log.warn("Refused an uploaded file: the malware scanner found {} in the rebuilt file", scan.threat());
			return Optional.of("reporting.evidence.error.infected");
		}
		Evidence kept = new Evidence(token, safeName(file.getOriginalFilename()), type, encryption.encrypt(cleaned),
				cleaned.length, clock.instant());
		kept.scanned(scan, clock.instant());
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

	/**
	 * Only the last part of the name, at most 120 characters, without control characters (NUL included) or
	 * invisible format characters: a right-to-left override would show {@code photo\u202Egpj.exe} as
	 * "photoexe.jpg". Unassigned, private-use and lone surrogate code points go too.
	 */
	static String safeName(String original) {
		String name = StringUtils.hasText(original) ? Normalizer.normalize(original, Normalizer.Form.NFC) : "";
		name = name.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = UNSAFE_IN_NAMES.matcher(name).replaceAll("");
		name = name.replaceAll("\\s+", " ").strip();
		if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
			return "file";
		}
		int length = name.codePointCount(0, name.length());
		return length > MAX_NAME ? name.substring(name.offsetByCodePoints(0, length - MAX_NAME)) : name;
	}

	record DecryptedFile(String name, String contentType, byte[] content) {
	}

}

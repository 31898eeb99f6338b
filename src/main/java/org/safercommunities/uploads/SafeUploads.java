package org.safercommunities.uploads;

import java.io.IOException;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * The one way in for an uploaded file, for every module that keeps files (reports' evidence, case documents):
 * its size is checked, its type read from its content (never its name), it is scanned for malware, rebuilt without
 * its metadata or active content ({@link FileContents}) and the rebuilt file scanned again. With no scanner
 * reachable the file is accepted as held ({@link AcceptedFile#held()}): the caller keeps it as not yet scanned and
 * takes part in the scheduled scan through {@link HeldFiles}. Encrypting what is kept is the caller's (crypto's
 * {@code FieldEncryption}). Holds no database connection: rendering and scanning may take seconds.
 */
@Service
public class SafeUploads {

	/** What may be uploaded, by content. */
	public static final Set<String> ACCEPTED_TYPES = FileContents.ACCEPTED;

	private static final Logger log = LoggerFactory.getLogger(SafeUploads.class);

	private final FileContents files;

	private final VirusScanning scanner;

	SafeUploads(FileContents files, VirusScanning scanner) {
		this.files = files;
		this.scanner = scanner;
	}

	/** As {@link #accept(String, byte[], long)}, refusing a file too large from its declared size before reading it. */
	public UploadCheck accept(MultipartFile file, long maxBytes) throws IOException {
		if (file == null || file.isEmpty()) {
			return new RefusedFile(UploadRefusal.NONE);
		}
		if (file.getSize() > maxBytes) {
			return new RefusedFile(UploadRefusal.TOO_BIG);
		}
		return accept(file.getOriginalFilename(), file.getBytes(), maxBytes);
	}

	/**
	 * The file to keep, or why not. With a scanner configured, both the original bytes (where malware hides in a
	 * PDF's streams) and the rebuilt file are scanned.
	 */
	public UploadCheck accept(String originalName, byte[] content, long maxBytes) {
		if (content == null || content.length == 0) {
			return new RefusedFile(UploadRefusal.NONE);
		}
		if (content.length > maxBytes) {
			return new RefusedFile(UploadRefusal.TOO_BIG);
		}
		String type = files.detect(content);
		if (!FileContents.ACCEPTED.contains(type)) {
			return new RefusedFile(UploadRefusal.TYPE);
		}
		ScanResult scan = scanner.scan(content);
		if (scan.infected()) {
			log.warn("Refused an uploaded file: the malware scanner found {}", scan.threat());
			return new RefusedFile(UploadRefusal.INFECTED);
		}
		byte[] cleaned;
		try {
			cleaned = files.clean(content, type);
		}
		catch (FileRefused refused) {
			return new RefusedFile(refused.reason());
		}
		scan = scan.and(scanner.scan(cleaned));
		if (scan.infected()) {
			log.warn("Refused an uploaded file: the malware scanner found {} in the rebuilt file", scan.threat());
			return new RefusedFile(UploadRefusal.INFECTED);
		}
		return new AcceptedFile(FileNames.safe(originalName), type, cleaned, scan);
	}

	/** Whether a malware scanner is configured (reachable or not). */
	public boolean scannerConfigured() {
		return scanner.configured();
	}

}

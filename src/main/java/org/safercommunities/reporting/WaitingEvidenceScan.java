package org.safercommunities.reporting;

import java.time.Clock;

import org.safercommunities.crypto.FieldEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scans the files kept while no malware scanner was configured or reachable, once one is. One file per
 * transaction, so a long run never holds the others; it stops at the first file the scanner cannot take.
 * A file found infected is quarantined: staff see why on the report and it can no longer be downloaded.
 */
@Service
class WaitingEvidenceScan {

	private static final Logger log = LoggerFactory.getLogger(WaitingEvidenceScan.class);

	private static final int BATCH = 100;

	private final EvidenceRepository evidence;

	private final VirusScanning scanner;

	private final FieldEncryption encryption;

	private final TransactionTemplate transaction;

	private final Clock clock;

	WaitingEvidenceScan(EvidenceRepository evidence, VirusScanning scanner, FieldEncryption encryption,
			PlatformTransactionManager transactions, Clock clock) {
		this.evidence = evidence;
		this.scanner = scanner;
		this.encryption = encryption;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** How many waiting files were scanned now. */
	int scanWaiting() {
		if (!scanner.configured()) {
			return 0;
		}
		int scanned = 0;
		for (long id : evidence.findIdsByScanStatus(ScanStatus.NOT_SCANNED, PageRequest.of(0, BATCH))) {
			if (!Boolean.TRUE.equals(transaction.execute(status -> scan(id)))) {
				break;
			}
			scanned++;
		}
		if (scanned > 0) {
			log.info("Scanned {} evidence files that were waiting for the malware scanner", scanned);
		}
		return scanned;
	}

	private boolean scan(long id) {
		Evidence file = evidence.findById(id).orElse(null);
		if (file == null || file.getScanStatus() != ScanStatus.NOT_SCANNED) {
			return true;
		}
		VirusScanning.Result result = scanner.scan(encryption.decrypt(file.getContent()));
		if (result.status() == ScanStatus.NOT_SCANNED) {
			return false;
		}
		file.scanned(result, clock.instant());
		if (result.infected()) {
			log.warn("Quarantined evidence file {} of report {}: the malware scanner found {}", id, file.getReportId(),
					result.threat());
		}
		return true;
	}

}

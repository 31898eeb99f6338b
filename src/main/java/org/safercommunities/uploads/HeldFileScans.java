package org.safercommunities.uploads;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scans the files kept while no malware scanner was configured or reachable, once one is. One file per
 * transaction, so a long run never holds the others; it stops at the first file the scanner cannot take.
 */
@Service
public class HeldFileScans {

	private static final Logger log = LoggerFactory.getLogger(HeldFileScans.class);

	private static final int BATCH = 100;

	private final VirusScanning scanner;

	private final TransactionTemplate transaction;

	HeldFileScans(VirusScanning scanner, PlatformTransactionManager transactions) {
		this.scanner = scanner;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** How many of these held files were scanned now (none without a scanner). */
	public int scan(HeldFiles files) {
		if (!scanner.configured()) {
			return 0;
		}
		int scanned = 0;
		for (long id : files.heldIds(BATCH)) {
			if (!Boolean.TRUE.equals(transaction.execute(status -> scanOne(files, id)))) {
				break;
			}
			scanned++;
		}
		if (scanned > 0) {
			log.info("Scanned {} files that were waiting for the malware scanner ({})", scanned,
					files.getClass().getSimpleName());
		}
		return scanned;
	}

	private boolean scanOne(HeldFiles files, long id) {
		Optional<byte[]> content = files.heldContent(id);
		if (content.isEmpty()) {
			return true;
		}
		ScanResult result = scanner.scan(content.get());
		if (result.status() == ScanStatus.NOT_SCANNED) {
			return false;
		}
		files.scanned(id, result);
		return true;
	}

}

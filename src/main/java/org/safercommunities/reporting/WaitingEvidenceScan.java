package org.safercommunities.reporting;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.uploads.HeldFileScans;
import org.safercommunities.uploads.HeldFiles;
import org.safercommunities.uploads.ScanResult;
import org.safercommunities.uploads.ScanStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * The evidence files kept while no malware scanner was configured or reachable, scanned by the uploads module's
 * {@link HeldFileScans} once one is (on its schedule, or now with {@link #scanWaiting}). A file found infected is
 * quarantined: staff see why on the report and it can no longer be downloaded.
 */
@Service
class WaitingEvidenceScan implements HeldFiles {

	private static final Logger log = LoggerFactory.getLogger(WaitingEvidenceScan.class);

	private final EvidenceRepository evidence;

	private final HeldFileScans scans;

	private final FieldEncryption encryption;

	private final Clock clock;

	WaitingEvidenceScan(EvidenceRepository evidence, HeldFileScans scans, FieldEncryption encryption, Clock clock) {
		this.evidence = evidence;
		this.scans = scans;
		this.encryption = encryption;
		this.clock = clock;
	}

	/** How many waiting files were scanned now. */
	int scanWaiting() {
		return scans.scan(this);
	}

	@Override
	public List<Long> heldIds(int limit) {
		return evidence.findIdsByScanStatus(ScanStatus.NOT_SCANNED, PageRequest.of(0, limit));
	}

	@Override
	public Optional<byte[]> heldContent(long id) {
		return evidence.findById(id)
			.filter(file -> file.getScanStatus() == ScanStatus.NOT_SCANNED)
			.map(file -> encryption.decrypt(file.getContent()));
	}

	@Override
	public void scanned(long id, ScanResult result) {
		Evidence file = evidence.findById(id).orElseThrow();
		file.scanned(result, clock.instant());
		if (result.infected()) {
			log.warn("Quarantined evidence file {} of report {}: the malware scanner found {}", id, file.getReportId(),
					result.threat());
		}
	}

}

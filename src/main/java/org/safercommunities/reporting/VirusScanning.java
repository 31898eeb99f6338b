package org.safercommunities.reporting;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Scans content with ClamAV's daemon when one is configured. An unreachable daemon never loses a reporter's
 * file: the file is kept as not yet scanned and the scheduled scan tries again.
 */
@Component
class VirusScanning {

	private static final Logger log = LoggerFactory.getLogger(VirusScanning.class);

	private final ClamdClient clamd;

	VirusScanning(EvidenceSettings settings) {
		this.clamd = settings.clamd().configured() ? ClamdClient.of(settings.clamd()) : null;
	}

	boolean configured() {
		return clamd != null;
	}

	Result scan(byte[] content) {
		if (clamd == null) {
			return new Result(ScanStatus.NOT_SCANNED, null);
		}
		try {
			ClamdClient.Verdict verdict = clamd.scan(content);
			return verdict.clean() ? new Result(ScanStatus.CLEAN, null) : new Result(ScanStatus.INFECTED, verdict.threat());
		}
		catch (IOException ex) {
			log.warn("Malware scanner unavailable, the file is kept as not yet scanned: {}", ex.getMessage());
			return new Result(ScanStatus.NOT_SCANNED, null);
		}
	}

	record Result(ScanStatus status, String threat) {

		boolean infected() {
			return status == ScanStatus.INFECTED;
		}

		/** The worse of two scans of one upload (its original bytes and the cleaned ones). */
		Result and(Result other) {
			if (infected()) {
				return this;
			}
			if (other.infected() || status == ScanStatus.CLEAN) {
				return other;
			}
			return this;
		}

	}

}

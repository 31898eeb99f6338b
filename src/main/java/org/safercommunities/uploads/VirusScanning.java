package org.safercommunities.uploads;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Scans content with ClamAV's daemon when one is configured. An unreachable daemon never loses a person's file:
 * the file is kept as not yet scanned and the scheduled scan tries again.
 */
@Component
class VirusScanning {

	private static final Logger log = LoggerFactory.getLogger(VirusScanning.class);

	private final ClamdClient clamd;

	VirusScanning(UploadSettings settings) {
		this.clamd = settings.clamd().configured() ? ClamdClient.of(settings.clamd()) : null;
	}

	boolean configured() {
		return clamd != null;
	}

	ScanResult scan(byte[] content) {
		if (clamd == null) {
			return ScanResult.NOT_SCANNED;
		}
		try {
			ClamdClient.Verdict verdict = clamd.scan(content);
			return verdict.clean() ? new ScanResult(ScanStatus.CLEAN, null)
					: new ScanResult(ScanStatus.INFECTED, verdict.threat());
		}
		catch (IOException ex) {
			log.warn("Malware scanner unavailable, the file is kept as not yet scanned: {}", ex.getMessage());
			return ScanResult.NOT_SCANNED;
		}
	}

}

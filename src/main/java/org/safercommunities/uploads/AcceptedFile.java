package org.safercommunities.uploads;

/**
 * A file that may be kept: its cleaned name, its real type (from its content), the rebuilt content (without its
 * metadata or active parts) to encrypt and store, and the scan. {@link #held()}: no scanner could look at it yet;
 * keep it as {@link ScanStatus#NOT_SCANNED} and let the scheduled scan ({@link HeldFiles}) decide.
 */
public record AcceptedFile(String name, String contentType, byte[] content, ScanResult scan) implements UploadCheck {

	public boolean held() {
		return scan.status() == ScanStatus.NOT_SCANNED;
	}

}

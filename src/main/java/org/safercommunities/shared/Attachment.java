package org.safercommunities.shared;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file sent to a staff browser: always downloaded as an attachment under its own name (UTF-8 safe), never shown
 * inline or sniffed as another type, never kept in a cache, since nearly every file here holds personal data.
 */
public final class Attachment {

	private Attachment() {
	}

	public static ResponseEntity<byte[]> of(String fileName, String contentType, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(content);
	}

	public static ResponseEntity<byte[]> pdf(String fileName, byte[] content) {
		return of(fileName, MediaType.APPLICATION_PDF_VALUE, content);
	}

}

package org.safercommunities.shared;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentTests {

	@Test
	void everyFileIsADownloadOfItsOwnTypeNeverSniffedNorCached() {
		ResponseEntity<byte[]> file = Attachment.of("Zeugenaussage Öztürk.pdf", "application/pdf", new byte[] { 1 });

		assertThat(file.getHeaders().getFirst("Content-Disposition")).startsWith("attachment;")
			.contains("filename*=UTF-8''Zeugenaussage%20%C3%96zt%C3%BCrk.pdf");
		assertThat(file.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(file.getHeaders().getFirst("Cache-Control")).isEqualTo("no-store");
		assertThat(file.getHeaders().getContentType()).hasToString("application/pdf");
		assertThat(Attachment.pdf("minutes.pdf", new byte[0]).getHeaders().getFirst("Cache-Control")).isEqualTo("no-store");
	}

}

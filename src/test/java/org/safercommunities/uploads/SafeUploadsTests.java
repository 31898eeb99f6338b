package org.safercommunities.uploads;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;

/** The one way in for an uploaded file: each refusal has its reason, and a file no scanner saw is accepted as held. */
class SafeUploadsTests {

	private static final long LIMIT = 10L * 1024 * 1024;

	private final SafeUploads withoutScanner = uploads(FileContentsTests.SETTINGS);

	@Test
	void eachRefusalSaysWhy() throws Exception {
		assertThat(withoutScanner.accept("empty.png", new byte[0], LIMIT)).isEqualTo(new RefusedFile(UploadRefusal.NONE));
		assertThat(withoutScanner.accept(null, LIMIT)).isEqualTo(new RefusedFile(UploadRefusal.NONE));
		assertThat(withoutScanner.accept("door.png", UploadSamples.image("png"), 10))
			.isEqualTo(new RefusedFile(UploadRefusal.TOO_BIG));
		assertThat(withoutScanner.accept("photo.jpg", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), LIMIT))
			.as("the name does not decide the type").isEqualTo(new RefusedFile(UploadRefusal.TYPE));
		assertThat(withoutScanner.accept("huge.png", UploadSamples.pictureBomb(12_000), LIMIT))
			.isEqualTo(new RefusedFile(UploadRefusal.TOO_MANY_PIXELS));
		assertThat(withoutScanner.accept("long.pdf", UploadSamples.pdfWithPages(31, org.apache.pdfbox.pdmodel.common.PDRectangle.A4), LIMIT))
			.isEqualTo(new RefusedFile(UploadRefusal.TOO_MANY_PAGES));
		byte[] truncated = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0 };
		assertThat(withoutScanner.accept("broken.jpg", truncated, LIMIT)).isEqualTo(new RefusedFile(UploadRefusal.UNREADABLE));
		assertThat(UploadRefusal.TOO_MANY_PIXELS.key()).isEqualTo("too-many-pixels");
	}

	@Test
	void aMultipartFileTooLargeIsRefusedFromItsDeclaredSizeWithoutReadingIt() throws Exception {
		MockMultipartFile large = new MockMultipartFile("file", "big.png", "image/png", UploadSamples.image("png")) {
			@Override
			public byte[] getBytes() {
				throw new AssertionError("read although too large");
			}
		};

		assertThat(withoutScanner.accept(large, 10)).isEqualTo(new RefusedFile(UploadRefusal.TOO_BIG));
	}

	@Test
	void withoutAScannerAFileIsAcceptedCleanedAndHeldUnderItsCleanedName() throws Exception {
		byte[] photo = UploadSamples.withExif(UploadSamples.image("jpeg"), UploadSamples.GPS_MARKER);

		UploadCheck check = withoutScanner.accept("C:\\Photos\\door\u202Egpj.exe", photo, LIMIT);

		assertThat(check).isInstanceOfSatisfying(AcceptedFile.class, accepted -> {
			assertThat(accepted.name()).isEqualTo("doorgpj.exe");
			assertThat(accepted.contentType()).isEqualTo("image/jpeg");
			assertThat(new String(accepted.content(), StandardCharsets.ISO_8859_1)).doesNotContain("GPSLatitude");
			assertThat(accepted.held()).isTrue();
			assertThat(accepted.scan()).isEqualTo(ScanResult.NOT_SCANNED);
		});
		assertThat(withoutScanner.scannerConfigured()).isFalse();
	}

	@Test
	void withAScannerTheOriginalAndTheRebuildAreScannedAndAVirusIsRefused() throws Exception {
		try (FakeClamd clamd = new FakeClamd()) {
			SafeUploads scanned = uploads(withClamd(clamd.port()));
			byte[] eicarPdf = UploadSamples.pdfWithEmbeddedFile(UploadSamples.EICAR, false);

			assertThat(scanned.accept("letter.pdf", eicarPdf, LIMIT)).isEqualTo(new RefusedFile(UploadRefusal.INFECTED));
			assertThat(clamd.streamsScanned).as("refused from the original, before rebuilding").hasSize(1);

			UploadCheck clean = scanned.accept("door.png", UploadSamples.image("png"), LIMIT);
			assertThat(clean).isInstanceOfSatisfying(AcceptedFile.class, accepted -> {
				assertThat(accepted.held()).isFalse();
				assertThat(accepted.scan().status()).isEqualTo(ScanStatus.CLEAN);
			});
			assertThat(clamd.streamsScanned).as("original and rebuilt file").hasSize(3);
		}
	}

	@Test
	void theWorseOfTwoScansCounts() {
		ScanResult clean = new ScanResult(ScanStatus.CLEAN, null);
		ScanResult infected = new ScanResult(ScanStatus.INFECTED, "Eicar");

		assertThat(clean.and(infected)).isEqualTo(infected);
		assertThat(infected.and(clean)).isEqualTo(infected);
		assertThat(clean.and(ScanResult.NOT_SCANNED)).isEqualTo(ScanResult.NOT_SCANNED);
		assertThat(ScanResult.NOT_SCANNED.and(clean)).isEqualTo(ScanResult.NOT_SCANNED);
		assertThat(clean.and(clean)).isEqualTo(clean);
	}

	static UploadSettings withClamd(int port) {
		return new UploadSettings(40_000_000, 150, 30,
				new UploadSettings.Clamd("127.0.0.1", port, null, Duration.ofSeconds(5)), Duration.ofMinutes(5));
	}

	private static SafeUploads uploads(UploadSettings settings) {
		return new SafeUploads(new FileContents(settings), new VirusScanning(settings));
	}

}

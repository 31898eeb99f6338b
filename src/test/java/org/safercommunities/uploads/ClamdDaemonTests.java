package org.safercommunities.uploads;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The client against Debian's real clamd with a signature database made in the test. Skipped, saying why, on a
 * machine where clamd is not installed or does not start.
 */
class ClamdDaemonTests {

	private static LocalClamd clamd;

	private static String notStarted;

	@BeforeAll
	static void startClamd() throws Exception {
		try {
			clamd = LocalClamd.start();
		}
		catch (java.io.IOException ex) {
			notStarted = ex.getMessage();
		}
	}

	@AfterAll
	static void stopClamd() {
		if (clamd != null) {
			clamd.close();
		}
	}

	@Test
	void eicarIsFoundOverTcpAndTheUnixSocket() throws Exception {
		assumeTrue(clamd != null, () -> "clamd could not be started: " + notStarted);
		byte[] eicar = UploadSamples.EICAR.getBytes(StandardCharsets.US_ASCII);

		assertThat(clamd.tcp().scan(eicar)).isEqualTo(new ClamdClient.Verdict(false, "Eicar-Test-Signature.UNOFFICIAL"));
		assertThat(clamd.unixSocket().scan(eicar).threat()).startsWith("Eicar-Test-Signature");
		assertThat(clamd.tcp().scan(UploadSamples.image("png")).clean()).isTrue();
	}

	@Test
	void eicarInAPdfsCompressedAttachmentIsFoundInTheOriginalAndGoneFromTheRebuild() throws Exception {
		assumeTrue(clamd != null, () -> "clamd could not be started: " + notStarted);
		byte[] pdf = UploadSamples.pdfWithEmbeddedFile(UploadSamples.EICAR);
		assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).as("the attachment is compressed")
			.doesNotContain("EICAR");

		assertThat(clamd.tcp().scan(pdf).threat()).startsWith("Eicar-Test-Signature");
		byte[] rebuilt = new FileContents(FileContentsTests.SETTINGS).clean(pdf, "application/pdf");
		assertThat(clamd.tcp().scan(rebuilt).clean()).isTrue();
	}

	@Test
	void theScannerUsesTheConfiguredUnixSocket() throws Exception {
		assumeTrue(clamd != null, () -> "clamd could not be started: " + notStarted);
		VirusScanning scanning = new VirusScanning(new UploadSettings(40_000_000, 150, 30,
				new UploadSettings.Clamd(null, 3310, clamd.socket().toString(), java.time.Duration.ofSeconds(30)),
				java.time.Duration.ofMinutes(5)));

		ScanResult result = scanning.scan(UploadSamples.EICAR.getBytes(StandardCharsets.US_ASCII));

		assertThat(result.status()).isEqualTo(ScanStatus.INFECTED);
		assertThat(result.threat()).startsWith("Eicar-Test-Signature");
	}

}

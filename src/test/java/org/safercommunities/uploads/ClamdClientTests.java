package org.safercommunities.uploads;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The INSTREAM client against a minimal in-test clamd: chunks, replies, and a daemon that never answers. */
class ClamdClientTests {

	@Test
	void cleanContentIsOkAndEicarIsFoundWithItsName() throws Exception {
		try (FakeClamd clamd = new FakeClamd()) {
			ClamdClient client = client(clamd.port(), Duration.ofSeconds(5));

			assertThat(client.ping()).isTrue();
			assertThat(client.scan("a photo of a door".getBytes(StandardCharsets.US_ASCII)).clean()).isTrue();
			ClamdClient.Verdict verdict = client.scan(("before " + UploadSamples.EICAR + " after")
				.getBytes(StandardCharsets.US_ASCII));
			assertThat(verdict.clean()).isFalse();
			assertThat(verdict.threat()).isEqualTo("Eicar-Test-Signature");
		}
	}

	@Test
	void largeContentIsSentInChunksAndArrivesWhole() throws Exception {
		try (FakeClamd clamd = new FakeClamd()) {
			byte[] content = new byte[200_000];

			assertThat(client(clamd.port(), Duration.ofSeconds(5)).scan(content).clean()).isTrue();

			assertThat(clamd.chunkSizes).containsExactly(65536, 65536, 65536, 200_000 - 3 * 65536);
			assertThat(clamd.streamsScanned).containsExactly(200_000);
		}
	}

	@Test
	void noDaemonListeningIsAnErrorNotAVerdict() throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		ClamdClient client = client(port, Duration.ofSeconds(2));

		assertThat(client.ping()).isFalse();
		assertThatThrownBy(() -> client.scan(new byte[10])).isInstanceOf(IOException.class);
	}

	@Test
	void aDaemonThatNeverAnswersTimesOut() throws Exception {
		try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
			ClamdClient client = client(silent.getLocalPort(), Duration.ofMillis(500));
			long start = System.nanoTime();

			assertThatThrownBy(() -> client.scan(new byte[10])).isInstanceOf(IOException.class);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		}
	}

	@Test
	void theScannerKeepsFilesAsNotScannedWhenNoDaemonIsConfiguredOrReachable() throws Exception {
		assertThat(new VirusScanning(FileContentsTests.SETTINGS).scan(new byte[1]).status())
			.isEqualTo(ScanStatus.NOT_SCANNED);
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		VirusScanning unreachable = new VirusScanning(new UploadSettings(40_000_000, 150, 30,
				new UploadSettings.Clamd("127.0.0.1", port, null, Duration.ofSeconds(2)), Duration.ofMinutes(5)));
		assertThat(unreachable.configured()).isTrue();
		assertThat(unreachable.scan(new byte[1]).status()).isEqualTo(ScanStatus.NOT_SCANNED);
	}

	private static ClamdClient client(int port, Duration timeout) {
		return new ClamdClient(new InetSocketAddress("127.0.0.1", port), timeout);
	}

}

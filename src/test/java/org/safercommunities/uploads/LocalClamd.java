package org.safercommunities.uploads;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnixDomainSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Debian's clamd started for a test, on a free loopback port and a unix socket in a temporary folder. It has no
 * virus database here (no internet for freshclam), so it gets a one-line signature database made in the test:
 * the EICAR string as a body signature ({@code .ndb}: name, any file type, any offset, hex), found anywhere in a
 * file, including inside a PDF's compressed streams, which clamd unpacks.
 */
final class LocalClamd implements AutoCloseable {

	static final Path CLAMD = Path.of("/usr/sbin/clamd");

	private final Process process;

	private final Path folder;

	private final int port;

	private LocalClamd(Process process, Path folder, int port) {
		this.process = process;
		this.folder = folder;
		this.port = port;
	}

	/** Started and answering PING, or an exception saying why not (with clamd's log). */
	static LocalClamd start() throws IOException, InterruptedException {
		if (!Files.isExecutable(CLAMD)) {
			throw new IOException(CLAMD + " is not installed (Debian package clamav-daemon)");
		}
		Path folder = Files.createTempDirectory("clamd-test");
		Path database = Files.createDirectories(folder.resolve("db"));
		Files.writeString(database.resolve("eicar-test.ndb"), "Eicar-Test-Signature:0:*:"
				+ HexFormat.of().formatHex(UploadSamples.EICAR.getBytes(StandardCharsets.US_ASCII)) + "\n");
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		Files.writeString(folder.resolve("clamd.conf"), String.join("\n", "Foreground yes", "TCPSocket " + port,
				"TCPAddr 127.0.0.1", "LocalSocket " + folder.resolve("clamd.sock"),
				"DatabaseDirectory " + database, "LogFile " + folder.resolve("clamd.log"),
				"TemporaryDirectory " + folder, "MaxThreads 2", "") );
		Process process = new ProcessBuilder(CLAMD.toString(), "-c", folder.resolve("clamd.conf").toString())
			.redirectErrorStream(true).redirectOutput(folder.resolve("clamd.out").toFile()).start();
		LocalClamd clamd = new LocalClamd(process, folder, port);
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!clamd.tcp().ping()) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				String log = clamd.log();
				clamd.close();
				throw new IOException("clamd did not start: " + log);
			}
			Thread.sleep(200);
		}
		return clamd;
	}

	int port() {
		return port;
	}

	Path socket() {
		return folder.resolve("clamd.sock");
	}

	ClamdClient tcp() {
		return new ClamdClient(new InetSocketAddress("127.0.0.1", port), Duration.ofSeconds(30));
	}

	ClamdClient unixSocket() {
		return new ClamdClient(UnixDomainSocketAddress.of(socket()), Duration.ofSeconds(30));
	}

	private String log() {
		try {
			Path out = folder.resolve("clamd.out");
			return Files.exists(out) ? Files.readString(out) : "(no output)";
		}
		catch (IOException ex) {
			return ex.getMessage();
		}
	}

	@Override
	public void close() {
		process.destroy();
		try {
			process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (process.isAlive()) {
			process.destroyForcibly();
		}
		try (var files = Files.walk(folder)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ignored) {
			// A temporary folder: left for the system to clear.
		}
	}

}

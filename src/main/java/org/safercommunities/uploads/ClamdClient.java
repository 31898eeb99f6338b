package org.safercommunities.uploads;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Talks clamd's INSTREAM protocol over TCP or a unix socket: the command, the content in length-prefixed chunks,
 * a zero length, then one reply such as {@code stream: OK} or {@code stream: Eicar-Test-Signature FOUND}.
 * Written here rather than taken from a library because the Java clients on Maven Central bring a Kotlin runtime
 * or do not speak unix sockets. A whole exchange is bounded by the timeout: the channel is closed when it runs out.
 */
final class ClamdClient {

	/** Well under clamd's default StreamMaxLength chunking; any size up to it works. */
	private static final int CHUNK = 64 * 1024;

	private static final int MAX_REPLY = 4096;

	private final SocketAddress address;

	private final Duration timeout;

	ClamdClient(SocketAddress address, Duration timeout) {
		this.address = address;
		this.timeout = timeout;
	}

	static ClamdClient of(UploadSettings.Clamd settings) {
		SocketAddress address = settings.socketPath() != null ? UnixDomainSocketAddress.of(settings.socketPath())
				: new InetSocketAddress(settings.host(), settings.port());
		return new ClamdClient(address, settings.timeout());
	}

	/** What clamd found in the content. */
	Verdict scan(byte[] content) throws IOException {
		String reply = exchange("zINSTREAM\0", content);
		if (reply.endsWith(" FOUND")) {
			String name = reply.substring(reply.indexOf(':') + 1, reply.length() - " FOUND".length()).strip();
			return new Verdict(false, name);
		}
		if (reply.endsWith(" OK") || reply.endsWith(": OK")) {
			return new Verdict(true, null);
		}
		throw new IOException("clamd could not scan: " + reply);
	}

	boolean ping() {
		try {
			return "PONG".equals(exchange("zPING\0", null));
		}
		catch (IOException ex) {
			return false;
		}
	}

	private String exchange(String command, byte[] content) throws IOException {
		AtomicBoolean done = new AtomicBoolean();
		try (SocketChannel channel = address instanceof UnixDomainSocketAddress
				? SocketChannel.open(StandardProtocolFamily.UNIX) : SocketChannel.open()) {
			CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
				if (!done.get()) {
					closeQuietly(channel);
				}
			});
			channel.connect(address);
			write(channel, ByteBuffer.wrap(command.getBytes(StandardCharsets.US_ASCII)));
			if (content != null) {
				for (int offset = 0; offset < content.length; offset += CHUNK) {
					int length = Math.min(CHUNK, content.length - offset);
					write(channel, ByteBuffer.allocate(4).putInt(0, length));
					write(channel, ByteBuffer.wrap(content, offset, length));
				}
				write(channel, ByteBuffer.allocate(4));
			}
			return readReply(channel);
		}
		catch (java.nio.channels.AsynchronousCloseException ex) {
			throw new IOException("clamd did not answer within " + timeout, ex);
		}
		finally {
			done.set(true);
		}
	}

	private static void write(SocketChannel channel, ByteBuffer buffer) throws IOException {
		while (buffer.hasRemaining()) {
			channel.write(buffer);
		}
	}

	/** The reply ends with a NUL (z-commands) or when clamd closes the connection. */
	private static String readReply(SocketChannel channel) throws IOException {
		ByteArrayOutputStream reply = new ByteArrayOutputStream();
		ByteBuffer buffer = ByteBuffer.allocate(256);
		while (reply.size() < MAX_REPLY) {
			buffer.clear();
			int read = channel.read(buffer);
			if (read < 0) {
				break;
			}
			for (int i = 0; i < read; i++) {
				byte b = buffer.get(i);
				if (b == 0) {
					return reply.toString(StandardCharsets.US_ASCII).strip();
				}
				reply.write(b);
			}
		}
		return reply.toString(StandardCharsets.US_ASCII).strip();
	}

	private static void closeQuietly(SocketChannel channel) {
		try {
			channel.close();
		}
		catch (IOException ignored) {
			// Already closed: the exchange has ended either way.
		}
	}

	/** {@code clean}, or the name of what was found. */
	record Verdict(boolean clean, String threat) {
	}

}

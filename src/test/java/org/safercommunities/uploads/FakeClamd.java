package org.safercommunities.uploads;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A minimal server speaking clamd's protocol (PING and INSTREAM, z-prefixed) on a free loopback port, for tests
 * where the real daemon is not wanted. It finds the EICAR string anywhere in the stream, or everything once told
 * a new signature came out, and records the chunk sizes it was sent.
 */
public final class FakeClamd implements AutoCloseable {

	private final ServerSocket server;

	private final Thread acceptor;

	private final AtomicReference<String> findsEverything = new AtomicReference<>();

	public final List<Integer> chunkSizes = new CopyOnWriteArrayList<>();

	public final List<Integer> streamsScanned = new CopyOnWriteArrayList<>();

	public FakeClamd() throws IOException {
		this(0);
	}

	public FakeClamd(int port) throws IOException {
		server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
		acceptor = new Thread(this::serve, "fake-clamd");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	public int port() {
		return server.getLocalPort();
	}

	/** From now on every stream is reported infected with this name (as if the signatures had been updated). */
	public void findInEverything(String threat) {
		findsEverything.set(threat);
	}

	private void serve() {
		while (!server.isClosed()) {
			try (Socket client = server.accept()) {
				answer(client);
			}
			catch (IOException ex) {
				// Closed, or the client went away: wait for the next one.
			}
		}
	}

	private void answer(Socket client) throws IOException {
		DataInputStream in = new DataInputStream(client.getInputStream());
		OutputStream out = client.getOutputStream();
		String command = readCommand(in);
		switch (command) {
			case "zPING" -> reply(out, "PONG");
			case "zINSTREAM" -> {
				ByteArrayOutputStream content = new ByteArrayOutputStream();
				for (int length = in.readInt(); length > 0; length = in.readInt()) {
					chunkSizes.add(length);
					content.write(in.readNBytes(length));
				}
				streamsScanned.add(content.size());
				String text = content.toString(StandardCharsets.ISO_8859_1);
				String threat = findsEverything.get();
				if (threat == null && text.contains(UploadSamples.EICAR)) {
					threat = "Eicar-Test-Signature";
				}
				reply(out, threat == null ? "stream: OK" : "stream: " + threat + " FOUND");
			}
			default -> reply(out, "UNKNOWN COMMAND");
		}
	}

	private static String readCommand(DataInputStream in) throws IOException {
		ByteArrayOutputStream command = new ByteArrayOutputStream();
		for (int b = in.read(); b > 0; b = in.read()) {
			command.write(b);
		}
		return command.toString(StandardCharsets.US_ASCII);
	}

	private static void reply(OutputStream out, String text) throws IOException {
		out.write((text + "\0").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		server.close();
	}

}

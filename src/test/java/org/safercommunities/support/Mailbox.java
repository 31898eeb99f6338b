package org.safercommunities.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on the port the test profile's spring.mail settings name. Use it with
 * {@code @RegisterExtension static GreenMailExtension mailbox = Mailbox.start();}, then
 * {@code mailer.deliverPending()} and read {@code mailbox.getReceivedMessages()}. The port is 3025 unless the
 * system property {@code safer.test.mail-port} names another, so that two test runs on one machine can each have one.
 */
public final class Mailbox {

	static final int PORT = Integer.getInteger("safer.test.mail-port", 3025);

	private Mailbox() {
	}

	public static GreenMailExtension start() {
		return new GreenMailExtension(new ServerSetup(PORT, null, ServerSetup.PROTOCOL_SMTP));
	}

}

package org.safercommunities.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * A real SMTP server (GreenMail) on the port the test profile's spring.mail settings name. Use it with
 * {@code @RegisterExtension static GreenMailExtension mailbox = Mailbox.start();}, then
 * {@code mailer.deliverPending()} and read {@code mailbox.getReceivedMessages()}.
 */
public final class Mailbox {

	private Mailbox() {
	}

	public static GreenMailExtension start() {
		return new GreenMailExtension(ServerSetupTest.SMTP);
	}

}

package org.safercommunities.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class MailerIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mailbox = Mailbox.start();

	@Autowired
	Mailer mailer;

	@Autowired
	JdbcClient jdbc;

	@Test
	void queuedEmailIsDeliveredOverSmtpAndTheAddressIsStoredEncrypted() throws Exception {
		String address = "lead-" + UUID.randomUUID() + "@centre.example";
		assertThat(mailer.queue(Email.of("TEST", address, "Your monthly return is due", "Please send it by the 10th.")))
			.isTrue();

		List<String> stored = jdbc.sql("select recipient || body from email_outbox").query(String.class).list();
		assertThat(stored).noneMatch(row -> row.contains(address) || row.contains("Please send it"));

		assertThat(mailer.deliverPending()).isGreaterThanOrEqualTo(1);
		MimeMessage received = receivedBy(address);
		assertThat(received.getSubject()).isEqualTo("Your monthly return is due");
		assertThat(GreenMailUtil.getBody(received)).contains("Please send it by the 10th.");
		assertThat(mailer.deliverPending()).as("nothing is sent twice").isZero();
	}

	@Test
	void aMessageWithTheSameDedupeKeyIsQueuedOnce() {
		String key = "reminder:" + UUID.randomUUID();
		Email reminder = Email.of("TEST", "a@centre.example", "Reminder", "Body").once(key);
		assertThat(mailer.queue(reminder)).isTrue();
		assertThat(mailer.queue(reminder)).isFalse();
		assertThat(jdbc.sql("select count(*) from email_outbox where dedupe_key = ?").param(key).query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void whenTheMailServerIsDownTheEmailWaitsAndIsSentLater() throws Exception {
		String address = "later-" + UUID.randomUUID() + "@centre.example";
		mailer.queue(Email.of("TEST", address, "Later", "Body"));
		mailbox.stop();
		mailer.deliverPending();
		assertThat(jdbc.sql("select count(*) from email_outbox where sent_at is null and attempts = 1")
			.query(Long.class).single()).isGreaterThanOrEqualTo(1);

		mailbox.start();
		mailer.deliverPending();
		assertThat(receivedBy(address).getSubject()).isEqualTo("Later");
	}

	private MimeMessage receivedBy(String address) throws Exception {
		for (MimeMessage message : mailbox.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(address)) {
				return message;
			}
		}
		throw new AssertionError("No e-mail to " + address);
	}

}

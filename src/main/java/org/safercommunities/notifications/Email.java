package org.safercommunities.notifications;

import org.springframework.util.Assert;

/**
 * One plain-text message to queue.
 * @param purpose a short code saying why it is sent (e.g. RETURN_REMINDER), kept in the outbox and logs
 * @param dedupeKey when set, a second message with the same key is not queued (jobs may run more than once)
 */
public record Email(String purpose, String dedupeKey, String recipient, String subject, String body) {

	public Email {
		Assert.hasText(purpose, "purpose");
		Assert.hasText(recipient, "recipient");
		Assert.hasText(subject, "subject");
		Assert.notNull(body, "body");
	}

	public static Email of(String purpose, String recipient, String subject, String body) {
		return new Email(purpose, null, recipient, subject, body);
	}

	public Email once(String key) {
		return new Email(purpose, key, recipient, subject, body);
	}

}

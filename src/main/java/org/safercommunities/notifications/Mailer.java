package org.safercommunities.notifications;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues e-mail in the caller's transaction and delivers it over SMTP. Logs name the message id and purpose,
 * never the recipient or the content.
 */
@Service
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private static final int BATCH = 50;

	private final OutboxRepository outbox;

	private final ObjectProvider<JavaMailSender> sender;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String from;

	private volatile boolean warnedNoServer;

	Mailer(OutboxRepository outbox, ObjectProvider<JavaMailSender> sender, TransactionTemplate transactions,
			Clock clock, @Value("${safer.notifications.from}") String from) {
		this.outbox = outbox;
		this.sender = sender;
		this.transactions = transactions;
		this.clock = clock;
		this.from = from;
	}

	/** Queues a message. Returns false, queuing nothing, when one with the same dedupe key was queued before. */
	@Transactional
	public boolean queue(Email email) {
		if (email.dedupeKey() != null && outbox.existsByDedupeKey(email.dedupeKey())) {
			return false;
		}
		OutboxEmail saved = outbox.save(new OutboxEmail(email, clock.instant()));
		log.info("E-mail {} queued ({})", saved.getId(), email.purpose());
		return true;
	}

	/**
	 * Sends what is waiting, oldest first, each in its own transaction so one bad address does not hold up the
	 * rest. Runs on a schedule ({@link OutboxSchedule}); tests call it directly. Returns how many were sent.
	 */
	public int deliverPending() {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			if (!warnedNoServer && outbox.countBySentAtIsNull() > 0) {
				warnedNoServer = true;
				log.warn("No mail server configured (spring.mail.host): e-mails stay queued in the outbox");
			}
			return 0;
		}
		List<Long> pending = transactions.execute(status -> outbox
			.findBySentAtIsNullAndAttemptsLessThanOrderByQueuedAtAsc(OutboxEmail.MAX_ATTEMPTS, Limit.of(BATCH))
			.stream().map(OutboxEmail::getId).toList());
		int sent = 0;
		for (Long id : pending) {
			Boolean ok = transactions.execute(status -> deliver(mail, outbox.findById(id).orElseThrow()));
			sent += Boolean.TRUE.equals(ok) ? 1 : 0;
		}
		return sent;
	}

	private boolean deliver(JavaMailSender mail, OutboxEmail email) {
		if (email.getSentAt() != null) {
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(email.getRecipient());
		message.setSubject(email.getSubject());
		message.setText(email.getBody());
		try {
			mail.send(message);
			email.sent(clock.instant());
			log.info("E-mail {} sent ({})", email.getId(), email.getPurpose());
			return true;
		}
		catch (MailException ex) {
			// The exception text can quote the address, so only its type is kept.
			email.failed(ex.getClass().getSimpleName());
			log.warn("E-mail {} not sent ({}), attempt {}: {}", email.getId(), email.getPurpose(), email.getAttempts(),
					ex.getClass().getSimpleName());
			return false;
		}
	}

}

package org.safercommunities.notifications;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.safercommunities.retention.RetainedRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sent e-mails are kept for a while to answer "did the reminder go?" and then deleted: their bodies can hold a
 * name or a case reference. Unsent ones are kept until sent or given up.
 */
@Component
class SentEmailRetention implements RetainedRecords {

	static final String TYPE = "sent-email";

	private final JdbcClient jdbc;

	SentEmailRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<RecordType> types() {
		return List.of(new RecordType(TYPE, "notifications.retention.sent-email", "notifications.retention.after-sent",
				Period.ofDays(90), Disposal.DELETE));
	}

	@Override
	public List<Long> expired(String type, LocalDate cutoff, int limit) {
		return jdbc.sql("select id from email_outbox where sent_at is not null and sent_at < ? order by sent_at, id")
			.param(cutoff.atStartOfDay(org.safercommunities.shared.UkTime.ZONE).toOffsetDateTime())
			.query(Long.class).list().stream().limit(limit).toList();
	}

	@Override
	public long startingBetween(String type, LocalDate from, LocalDate to) {
		return jdbc.sql("select count(*) from email_outbox where sent_at >= ? and sent_at < ?")
			.params(from.atStartOfDay(org.safercommunities.shared.UkTime.ZONE).toOffsetDateTime(),
					to.plusDays(1).atStartOfDay(org.safercommunities.shared.UkTime.ZONE).toOffsetDateTime())
			.query(Long.class).single();
	}

	@Override
	public boolean dispose(String type, long id) {
		return jdbc.sql("delete from email_outbox where id = ? and sent_at is not null").param(id).update() == 1;
	}

	@Override
	public List<String> tables(String type) {
		return List.of("email_outbox");
	}

}

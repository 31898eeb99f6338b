package org.safercommunities.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.safercommunities.crypto.EncryptedColumn;
import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.system.JourneyCookie;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public report's answers between pages: one encrypted row a journey ({@code report_draft}), never the
 * server session. The row's id is a keyed hash of the journey cookie and its contents are sealed to that id, so
 * neither the table nor a copied row opens a journey. Sending the report deletes the draft; an hour after the last
 * page it is deleted anyway ({@link #removeExpired}), so what someone typed and abandoned does not stay.
 */
@Component
class ReportDrafts implements EncryptedColumn.Source {

	/** The columns this class keeps ciphertext in, for key rotation. */
	@Override
	public java.util.List<EncryptedColumn> encryptedColumns() {
		return java.util.List.of(EncryptedColumn.bytes("report_draft", "answers").forPurpose("report-draft/{id}"));
	}


	private static final Logger log = LoggerFactory.getLogger(ReportDrafts.class);

	/** Long enough to write down what happened without being timed out. */
	static final Duration IDLE_LIMIT = Duration.ofHours(1);

	private static final JsonMapper JSON = JsonMapper.builder()
		.changeDefaultVisibility(visibility -> visibility.withVisibility(PropertyAccessor.ALL, Visibility.NONE)
			.withVisibility(PropertyAccessor.FIELD, Visibility.ANY))
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final JdbcClient jdbc;

	private final FieldEncryption encryption;

	private final JourneyCookie journeys;

	private final Clock clock;

	ReportDrafts(JdbcClient jdbc, FieldEncryption encryption, JourneyCookie journeys, Clock clock) {
		this.jdbc = jdbc;
		this.encryption = encryption;
		this.journeys = journeys;
		this.clock = clock;
	}

	/** This journey's answers so far; empty answers for a new journey or one that has expired. */
	ReportAnswers load(HttpServletRequest request) {
		return journeys.id(request).flatMap(this::read).orElseGet(ReportAnswers::new);
	}

	/** Keeps the answers for the next page, starting the journey (and sending its cookie) if need be. */
	void save(HttpServletRequest request, HttpServletResponse response, ReportAnswers answers) {
		String row = rowOf(journeys.idOrStart(request));
		journeys.writeIfStarted(request, response);
		byte[] sealed = encryption.encrypt(JSON.writeValueAsBytes(answers), purpose(row));
		Timestamp expires = Timestamp.from(clock.instant().plus(IDLE_LIMIT));
		if (update(row, sealed, expires) == 0) {
			try {
				jdbc.sql("insert into report_draft (id, answers, expires_at) values (?, ?, ?)")
					.params(row, sealed, expires)
					.update();
			}
			catch (DuplicateKeyException ex) {
				// Two pages of the same journey saved at once (a double click): the later one wins.
				update(row, sealed, expires);
			}
		}
	}

	private int update(String row, byte[] sealed, Timestamp expires) {
		return jdbc.sql("update report_draft set answers = ?, expires_at = ? where id = ?").params(sealed, expires, row).update();
	}

	/** Forgets the journey's answers (sent, or a robot's). */
	void discard(HttpServletRequest request) {
		journeys.id(request).ifPresent(journey -> jdbc.sql("delete from report_draft where id = ?").param(rowOf(journey)).update());
	}

	/** Deletes drafts nobody has touched for {@link #IDLE_LIMIT}; returns how many. */
	int removeExpired() {
		return jdbc.sql("delete from report_draft where expires_at < ?").param(Timestamp.from(clock.instant())).update();
	}

	private Optional<ReportAnswers> read(String journey) {
		String row = rowOf(journey);
		Optional<byte[]> sealed = jdbc.sql("select answers from report_draft where id = ? and expires_at >= ?")
			.params(row, Timestamp.from(clock.instant()))
			.query((rs, n) -> rs.getBytes(1))
			.optional();
		try {
			return sealed.map(bytes -> JSON.readValue(encryption.decrypt(bytes, purpose(row)), ReportAnswers.class));
		}
		catch (RuntimeException ex) {
			// A key no longer configured, or a draft from an incompatible version: start again, say nothing of it.
			log.warn("A report draft could not be read ({}); the journey starts again", ex.getClass().getSimpleName());
			return Optional.empty();
		}
	}

	private String rowOf(String journey) {
		return encryption.pseudonym("report-draft/" + journey);
	}

	private static String purpose(String row) {
		return "report-draft/" + row;
	}

}

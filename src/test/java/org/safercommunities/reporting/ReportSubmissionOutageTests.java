package org.safercommunities.reporting;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.safercommunities.crypto.FieldEncryption;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Issue 10: with the database down, no transaction can even be opened. That failure is Spring's
 * CannotCreateTransactionException, not a DataAccessException, so the send's "not sent, your answers are kept"
 * page (which catches DataAccessException) was skipped for a 500 error page. The same for the rate limit's
 * buckets, also in the database, whose failures came out as Bucket4j's own exception.
 */
class ReportSubmissionOutageTests {

	/** A transaction manager whose database is unreachable, as when PostgreSQL is stopped. */
	static final PlatformTransactionManager DATABASE_DOWN = new PlatformTransactionManager() {

		@Override
		public TransactionStatus getTransaction(TransactionDefinition definition) {
			throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
					new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
		}

		@Override
		public void commit(TransactionStatus status) {
			throw new AssertionError("no transaction was opened");
		}

		@Override
		public void rollback(TransactionStatus status) {
			throw new AssertionError("no transaction was opened");
		}

	};

	@Test
	void aSendWithTheDatabaseDownFailsAsADataAccessFailure() {
		ReportSubmission submission = new ReportSubmission(null, new ReferenceGenerator(), null, new SecretHasher(), null,
				null, null, null, null, new TransactionTemplate(DATABASE_DOWN));

		assertThatThrownBy(() -> submission.submit(new ReportAnswers(), Submission.online(), Locale.UK))
			.as("the controller shows the not-sent page for a DataAccessException only")
			.isInstanceOf(DataAccessException.class)
			.hasRootCauseInstanceOf(SQLException.class);
	}

	@Test
	void theRateLimitWithTheDatabaseDownFailsAsADataAccessFailure() {
		AbstractDataSource down = new AbstractDataSource() {

			@Override
			public Connection getConnection() throws SQLException {
				throw new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms");
			}

			@Override
			public Connection getConnection(String username, String password) throws SQLException {
				return getConnection();
			}

		};
		FieldEncryption pseudonyms = mock(FieldEncryption.class);
		when(pseudonyms.pseudonym(any())).thenReturn("pseudonym");
		SubmissionLimiter limiter = new SubmissionLimiter(new SubmissionLimiter.Settings(10, 10, Duration.ofHours(1)),
				pseudonyms, down);

		assertThatThrownBy(() -> limiter.tryConsume(SubmissionLimiter.Action.REPORT, "192.0.2.1"))
			.isInstanceOf(DataAccessException.class)
			.hasRootCauseInstanceOf(SQLTransientConnectionException.class);
	}

}

package org.safercommunities.reporting;

import java.sql.SQLException;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 10: with the database down, no transaction can even be opened. That failure is Spring's
 * CannotCreateTransactionException, not a DataAccessException, so the send's "not sent, your answers are kept"
 * page (which catches DataAccessException) was skipped for a 500 error page.
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

}

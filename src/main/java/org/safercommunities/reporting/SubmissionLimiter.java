package org.safercommunities.reporting;

import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletRequest;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import org.safercommunities.crypto.FieldEncryption;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits what one client address may do on the public pages, so a script can neither flood the inbox nor guess
 * secret words: reports sent, and attempts to open a report, each with its own limit. The token buckets are kept
 * in the database (Bucket4j, {@link JdbcBucketStore}), so every app instance counts against the same limit. No
 * CAPTCHA: it shuts out disabled people. The address is kept only as a keyed hash (anonymous means anonymous).
 * Reports taken by staff never pass through here.
 */
@Component
class SubmissionLimiter {

	/** What is being limited; each has its own bucket and its own "too many" page. */
	enum Action {
		REPORT, FOLLOW_UP
	}

	private final Settings settings;

	private final FieldEncryption pseudonyms;

	private final JdbcBucketStore buckets;

	SubmissionLimiter(Settings settings, FieldEncryption pseudonyms, DataSource dataSource) {
		this.settings = settings;
		this.pseudonyms = pseudonyms;
		this.buckets = new JdbcBucketStore(dataSource, ClientSideConfig.getDefault()
			.withExpirationAfterWriteStrategy(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO)));
	}

	/** Empty when the request may go ahead; otherwise how long to wait. */
	Optional<Duration> tryConsume(Action action, HttpServletRequest request) {
		return tryConsume(action, request.getRemoteAddr());
	}

	Optional<Duration> tryConsume(Action action, String clientAddress) {
		int limit = action == Action.REPORT ? settings.reportsPerClient() : settings.followUpAttemptsPerClient();
		ConsumptionProbe probe;
		try {
			probe = buckets.builder()
				.build(key(action, limit, clientAddress), () -> configuration(limit))
				.tryConsumeAndReturnRemaining(1);
		}
		catch (BucketExceptions.BucketExecutionException ex) {
			// The buckets are in the database: when it is down, say so as any other data access does, so a send
			// can answer "Your report has not been sent" rather than fail with a Bucket4j exception.
			throw new DataAccessResourceFailureException("The rate limit could not be checked", ex);
		}
		return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	/**
	 * The limit is part of the key: a stored bucket keeps the configuration it was made with, so a changed limit
	 * starts new buckets rather than being ignored.
	 */
	private String key(Action action, int limit, String clientAddress) {
		return action.name() + "/" + limit + "/" + settings.period().toSeconds() + "/" + pseudonyms.pseudonym(clientAddress);
	}

	private BucketConfiguration configuration(int limit) {
		return BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, settings.period()).build())
			.build();
	}

	/** Full buckets are the same as none: their rows go (any instance may do it; deleting twice is harmless). */
	@Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT5M")
	void removeRefilledBuckets() {
		buckets.removeExpired(System.currentTimeMillis());
	}

	/**
	 * @param reportsPerClient reports one client address may send online per period
	 * @param followUpAttemptsPerClient attempts to open a report (reference and secret words) per period
	 */
	@ConfigurationProperties("safer.reporting.rate-limit")
	record Settings(@DefaultValue("10") int reportsPerClient, @DefaultValue("10") int followUpAttemptsPerClient,
			@DefaultValue("1h") Duration period) {
	}

}

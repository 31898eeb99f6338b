package org.safercommunities.reporting;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Limits public submissions per client address (Bucket4j token buckets), so a script cannot flood the inbox.
 * No CAPTCHA: it shuts out disabled people. The address is used only as a key in memory, never stored.
 */
@Component
class SubmissionLimiter {

	private final Settings settings;

	private final java.util.Map<String, Bucket> buckets;

	SubmissionLimiter(Settings settings) {
		this.settings = settings;
		this.buckets = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(1024, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(java.util.Map.Entry<String, Bucket> eldest) {
				return size() > 50_000;
			}
		});
	}

	/** Empty when the request may go ahead; otherwise how long to wait. */
	Optional<Duration> tryConsume(HttpServletRequest request) {
		Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), address -> newBucket());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Optional.empty()
				: Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(settings.perClient())
				.refillGreedy(settings.perClient(), settings.period())
				.build())
			.build();
	}

	@ConfigurationProperties("safer.reporting.rate-limit")
	record Settings(@DefaultValue("10") int perClient, @DefaultValue("1h") Duration period) {
	}

}

package org.safercommunities.reporting;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * The public sends' rate limit for other modules' public forms (a Case Review application): each send counts
 * against the same per-address bucket as an online report, so one client cannot flood either by switching forms.
 */
@Component
public class PublicSends {

	private final SubmissionLimiter limiter;

	PublicSends(SubmissionLimiter limiter) {
		this.limiter = limiter;
	}

	/** Empty when the send may go ahead; otherwise how long to wait. */
	public Optional<Duration> tryConsume(HttpServletRequest request) {
		return limiter.tryConsume(SubmissionLimiter.Action.REPORT, request);
	}

}

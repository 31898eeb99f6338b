package org.safercommunities.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Sign-in rules: lock-out after repeated failures and the idle session time-out. */
@ConfigurationProperties("safer.security")
record SecuritySettings(@DefaultValue Lockout lockout, @DefaultValue Session session) {

	public record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {
	}

	public record Session(@DefaultValue("20m") Duration idleTimeout) {
	}

}

package org.safercommunities.performance;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers what the dashboard worked out from the aggregates (figures, coverage, benchmarks, ward maps), which
 * change only when a refresh writes new aggregates. Every entry is keyed by the data version: this instance's
 * count of refreshes, bumped after each refresh commits, and the refresh times of every source in the database,
 * read at most every {@link #SHARED_VERSION_EVERY} so that a refresh on another instance is seen within that time.
 */
@Component
class FigureCache {

	static final Duration SHARED_VERSION_EVERY = Duration.ofSeconds(5);

	private final JdbcClient jdbc;

	private final Cache<List<Object>, Object> cache = Caffeine.newBuilder()
		.maximumSize(20_000)
		.expireAfterAccess(Duration.ofHours(6))
		.build();

	private final AtomicLong localChanges = new AtomicLong();

	private volatile String sharedVersion = "";

	private volatile long sharedVersionReadAt;

	FigureCache(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** After a refresh has committed on this instance. */
	void dataChanged() {
		localChanges.incrementAndGet();
		sharedVersionReadAt = 0;
	}

	@SuppressWarnings("unchecked")
	<T> T get(List<Object> key, Supplier<T> compute) {
		List<Object> versioned = new java.util.ArrayList<>(key.size() + 2);
		versioned.add(localChanges.get());
		versioned.add(sharedVersion());
		versioned.addAll(key);
		return (T) cache.get(versioned, ignored -> compute.get());
	}

	private String sharedVersion() {
		long now = System.nanoTime();
		if (sharedVersionReadAt == 0 || now - sharedVersionReadAt > SHARED_VERSION_EVERY.toNanos()) {
			sharedVersion = String.join(";", jdbc.sql("""
					select source || '@' || cast(refreshed_at as varchar(40)) || '#' || coalesce(cast(watermark as varchar(20)), '')
					from indicator_refresh order by source""").query(String.class).list());
			sharedVersionReadAt = now;
		}
		return sharedVersion;
	}

}

package org.safercommunities.geography;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The geography module's public API for wards. The list of all wards is on every question page of the public
 * report (the "where" page's choices) and on every confirmation's signposting: it is kept for a minute rather
 * than read from the database each time (bench/README.md "Report load: where the time goes"). Wards change only
 * when the boundaries are loaded at start-up.
 */
@Service
@Transactional(readOnly = true)
public class Wards {

	private final WardRepository repository;

	Wards(WardRepository repository) {
		this.repository = repository;
	}

	private static final long KEPT_FOR_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(1);

	private record Kept(long at, List<Ward> wards) {
	}

	private volatile Kept kept;

	/** No transaction of its own when the list is kept: it then touches no connection at all. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<Ward> all() {
		Kept now = kept;
		long at = System.nanoTime();
		if (now == null || at - now.at() > KEPT_FOR_NANOS || now.wards().isEmpty()) {
			now = new Kept(at, List.copyOf(repository.findAllByOrderByNameAsc()));
			kept = now;
		}
		return now.wards();
	}

	public Optional<Ward> find(String code) {
		return repository.findById(code);
	}

}

package org.safercommunities.geography;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The geography module's public API for wards. */
@Service
@Transactional(readOnly = true)
public class Wards {

	private final WardRepository repository;

	Wards(WardRepository repository) {
		this.repository = repository;
	}

	public List<Ward> all() {
		return repository.findAllByOrderByNameAsc();
	}

	public Optional<Ward> find(String code) {
		return repository.findById(code);
	}

}

package org.safercommunities.directory;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.safercommunities.geography.Ward;
import org.safercommunities.geography.Wards;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public sees: published and flagged entries only. A borough's directory holds hundreds of entries at
 * most, so the filters run in memory over the public entries, the same on H2 and PostgreSQL.
 */
@Service
@Transactional(readOnly = true)
class DirectorySearch {

	static final EnumSet<EntryStatus> PUBLIC = EnumSet.of(EntryStatus.PUBLISHED, EntryStatus.FLAGGED);

	private final DirectoryEntryRepository entries;

	private final Wards wards;

	DirectorySearch(DirectoryEntryRepository entries, Wards wards) {
		this.entries = entries;
		this.wards = wards;
	}

	/** Matching public entries; with a strand chosen, those that name it come before those that help everyone. */
	List<DirectoryEntry> search(DirectoryFilter filter) {
		Map<String, String> wardNames = wardNames();
		return entries.findByStatusInOrderByNameAsc(PUBLIC)
			.stream()
			.filter(entry -> filter.matches(entry, wardNames.get(entry.getWardCode())))
			.sorted(Comparator.comparing((DirectoryEntry entry) -> filter.strand() != null
					&& !filter.strand().isBlank() && entry.getStrands().isEmpty()))
			.toList();
	}

	Optional<DirectoryEntry> publicEntry(String slug) {
		return entries.findBySlug(slug).filter(DirectoryEntry::isPublic);
	}

	Map<String, String> wardNames() {
		return wards.all().stream().collect(Collectors.toMap(Ward::getCode, Ward::getName));
	}

	List<Ward> wards() {
		return wards.all();
	}

}

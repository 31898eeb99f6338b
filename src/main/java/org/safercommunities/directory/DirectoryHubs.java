package org.safercommunities.directory;

import java.util.List;
import java.util.Optional;

import org.safercommunities.engagement.CommunitySafetyHubs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory's Community Safety Hub entries, for the engagement module's hub sessions. */
@Service
@Transactional(readOnly = true)
class DirectoryHubs implements CommunitySafetyHubs {

	private final DirectoryEntryRepository entries;

	DirectoryHubs(DirectoryEntryRepository entries) {
		this.entries = entries;
	}

	@Override
	public List<Hub> hubs() {
		return entries.findByTypeOrderByNameAsc(EntryType.HUB).stream()
			.filter(entry -> entry.getStatus() != EntryStatus.REMOVED)
			.map(DirectoryHubs::hub)
			.toList();
	}

	@Override
	public Optional<Hub> hub(long entryId) {
		return entries.findById(entryId).filter(entry -> entry.getType() == EntryType.HUB).map(DirectoryHubs::hub);
	}

	private static Hub hub(DirectoryEntry entry) {
		return new Hub(entry.getId(), entry.getName(), entry.getWardCode());
	}

}

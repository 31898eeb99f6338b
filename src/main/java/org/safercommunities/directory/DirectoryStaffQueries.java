package org.safercommunities.directory;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What officers read: every entry whatever its status, the approval queue, and entries needing attention. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('OFFICER')")
class DirectoryStaffQueries {

	private final DirectoryEntryRepository entries;

	private final ProposalRepository proposals;

	private final EntryHistory history;

	private final DirectoryUpkeep upkeep;

	private final DirectorySearch search;

	DirectoryStaffQueries(DirectoryEntryRepository entries, ProposalRepository proposals, EntryHistory history,
			DirectoryUpkeep upkeep, DirectorySearch search) {
		this.entries = entries;
		this.proposals = proposals;
		this.history = history;
		this.upkeep = upkeep;
		this.search = search;
	}

	List<DirectoryEntry> all() {
		return entries.findAllByOrderByNameAsc();
	}

	DirectoryEntry entry(long id) {
		return entries.findById(id).orElseThrow(DirectoryManagement.NotFound::new);
	}

	List<EntryChange> history(DirectoryEntry entry) {
		return history.of(entry);
	}

	List<Proposal> pendingProposals() {
		return proposals.findByStatusOrderByProposedAtAsc(Proposal.Status.PENDING);
	}

	List<Proposal> pendingProposalsOf(DirectoryEntry entry) {
		return proposals.findByEntryIdAndStatus(entry.getId(), Proposal.Status.PENDING);
	}

	/** A proposal next to the entry it would change, with each difference. */
	Review review(Proposal proposal) {
		DirectoryEntry entry = entry(proposal.getEntryId());
		return new Review(entry, entry.details().differencesTo(proposal.details()));
	}

	/** Flagged entries and entries hidden for staying unconfirmed, oldest deadline first. */
	List<DirectoryEntry> needingAttention() {
		return entries.findByStatusInOrderByNameAsc(EnumSet.of(EntryStatus.FLAGGED, EntryStatus.STALE_HIDDEN))
			.stream()
			.sorted(java.util.Comparator.comparing(DirectoryEntry::getLastConfirmedOn))
			.toList();
	}

	/** When the owner must next confirm; none for reporting centres, which the centres module keeps fresh. */
	public LocalDate deadlineOf(DirectoryEntry entry) {
		return entry.selfMaintained() ? upkeep.deadlineOf(entry) : null;
	}

	Map<String, String> wardNames() {
		return search.wardNames();
	}

	record Review(DirectoryEntry entry, List<EntryDetails.Difference> differences) {
	}

}

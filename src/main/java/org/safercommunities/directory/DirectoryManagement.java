package org.safercommunities.directory;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.safercommunities.directory.EntryChange.Action;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers' upkeep of the directory: add, change, remove and restore entries, confirm them, and decide on
 * owners' proposed changes. Every change goes into the entry's history and the audit log.
 */
@Service
@Transactional
@PreAuthorize("hasRole('OFFICER')")
class DirectoryManagement {

	private final DirectoryEntryRepository entries;

	private final ProposalRepository proposals;

	private final EntryHistory history;

	private final Clock clock;

	DirectoryManagement(DirectoryEntryRepository entries, ProposalRepository proposals, EntryHistory history,
			Clock clock) {
		this.entries = entries;
		this.proposals = proposals;
		this.history = history;
		this.clock = clock;
	}

	DirectoryEntry create(EntryType type, EntryDetails details, String ownerName, String ownerEmail) {
		if (!EntryType.MAINTAINED_HERE.contains(type)) {
			throw new IllegalArgumentException("Reporting centres are listed by the centres module");
		}
		DirectoryEntry entry = new DirectoryEntry(type, uniqueSlug(entries, details.name()), details, clock.instant(),
				today());
		entry.owner(ownerName, ownerEmail);
		entries.save(entry);
		history.record(entry, Action.CREATED, details.name());
		return entry;
	}

	void update(long id, EntryDetails details, String ownerName, String ownerEmail) {
		DirectoryEntry entry = find(id);
		List<EntryDetails.Difference> differences = entry.details().differencesTo(details);
		boolean ownerChanged = !same(entry.getOwnerName(), ownerName) || !same(entry.getOwnerEmail(), ownerEmail);
		entry.apply(details, clock.instant());
		entry.owner(ownerName, ownerEmail);
		String described = EntryHistory.describe(differences);
		if (ownerChanged) {
			described = (described.isEmpty() ? "" : described + "; ") + "owner contact changed";
		}
		if (!described.isEmpty()) {
			history.record(entry, Action.UPDATED, described);
		}
	}

	void remove(long id, String reason) {
		DirectoryEntry entry = find(id);
		entry.remove();
		history.record(entry, Action.REMOVED, reason);
	}

	void restore(long id) {
		DirectoryEntry entry = find(id);
		entry.restore(today());
		history.record(entry, Action.RESTORED, null);
	}

	/** An officer checked the details with the organisation: as good as the owner confirming. */
	void confirm(long id) {
		DirectoryEntry entry = find(id);
		entry.confirmed(today());
		history.record(entry, Action.CONFIRMED, null);
	}

	/** Publishes the proposal; false, changing nothing, when it was already approved or rejected (a second click). */
	boolean approve(long proposalId) {
		Proposal proposal = proposals.findById(proposalId).orElseThrow(NotFound::new);
		if (proposal.getStatus() != Proposal.Status.PENDING) {
			return false;
		}
		DirectoryEntry entry = find(proposal.getEntryId());
		EntryDetails proposed = proposal.details();
		String described = EntryHistory.describe(entry.details().differencesTo(proposed));
		entry.apply(proposed, clock.instant());
		entry.confirmed(today());
		proposal.approve(EntryHistory.currentActorName(), clock.instant());
		history.record(entry, Action.APPROVED, described);
		return true;
	}

	/** Rejects the proposal; false, changing nothing, when it was already approved or rejected. */
	boolean reject(long proposalId, String reason) {
		Proposal proposal = proposals.findById(proposalId).orElseThrow(NotFound::new);
		if (proposal.getStatus() != Proposal.Status.PENDING) {
			return false;
		}
		proposal.reject(EntryHistory.currentActorName(), clock.instant(), reason);
		history.record(find(proposal.getEntryId()), Action.REJECTED, reason);
		return true;
	}

	private DirectoryEntry find(long id) {
		return entries.findById(id).orElseThrow(NotFound::new);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static boolean same(String a, String b) {
		return Optional.ofNullable(a).map(String::strip).orElse("")
			.equals(Optional.ofNullable(b).map(String::strip).orElse(""));
	}

	/** Addresses under /directory that are pages, not entries. */
	private static final java.util.Set<String> RESERVED_SLUGS = java.util.Set.of("map");

	/** A short, lowercase, hyphenated address from the name, unique among entries. */
	static String uniqueSlug(DirectoryEntryRepository entries, String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String base = ascii.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		base = base.isEmpty() ? "entry" : base.substring(0, Math.min(base.length(), 100)).replaceAll("-+$", "");
		String slug = base;
		for (int n = 2; RESERVED_SLUGS.contains(slug) || entries.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	/** No such entry or proposal: the pages answer 404. */
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	static class NotFound extends RuntimeException {

		NotFound() {
			super("No such directory entry");
		}

	}

}

package org.safercommunities.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.safercommunities.centres.CentreListingChanged;
import org.safercommunities.directory.EntryChange.Action;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each reporting centre's directory entry in step with the centres module: created on the first event,
 * updated on every later one (by organisation), public while the centre is active. It runs in the publisher's
 * transaction, so a centre change and its listing are saved together or not at all. (Spring Modulith's
 * {@code @ApplicationModuleListener} would run it after the commit, so a centre could be saved while its listing
 * was not yet, or, until a retry, not at all.)
 */
@Component
class CentreListings {

	private final DirectoryEntryRepository entries;

	private final EntryHistory history;

	private final Clock clock;

	CentreListings(DirectoryEntryRepository entries, EntryHistory history, Clock clock) {
		this.entries = entries;
		this.history = history;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void on(CentreListingChanged centre) {
		EntryDetails details = new EntryDetails(centre.name(), null, centre.address(), centre.postcode(),
				centre.wardCode(), null, null, centre.phone(), centre.email(), null, centre.openingTimes(),
				centre.languages(), centre.accessibility(), List.of(), centre.strands(), List.of(), null, null, null,
				null, null);
		LocalDate today = LocalDate.now(clock);
		var existing = entries.findByOrganisationId(centre.organisationId());
		if (existing.isEmpty()) {
			DirectoryEntry entry = new DirectoryEntry(EntryType.REPORTING_CENTRE,
					DirectoryManagement.uniqueSlug(entries, centre.name()), details, clock.instant(), today);
			entry.centre(centre.organisationId(), centre.onlineReporting(), centre.paperForms());
			entry.listed(centre.listed(), today);
			entries.save(entry);
			history.recordBy(EntryHistory.CENTRES, entry, centre.listed() ? Action.LISTED : Action.UNLISTED,
					centre.name());
			return;
		}
		DirectoryEntry entry = existing.get();
		EntryDetails merged = keepLocalExtras(entry.details(), details);
		String differences = EntryHistory.describe(entry.details().differencesTo(merged));
		boolean wasListed = entry.getStatus() != EntryStatus.NOT_LISTED;
		entry.apply(merged, clock.instant());
		entry.centre(centre.organisationId(), centre.onlineReporting(), centre.paperForms());
		entry.listed(centre.listed(), today);
		if (!differences.isEmpty()) {
			history.recordBy(EntryHistory.CENTRES, entry, Action.UPDATED, differences);
		}
		if (wasListed != centre.listed()) {
			history.recordBy(EntryHistory.CENTRES, entry, centre.listed() ? Action.LISTED : Action.UNLISTED, null);
		}
	}

	/** The event does not carry a summary, website, map point or access features: keep what officers added. */
	private static EntryDetails keepLocalExtras(EntryDetails current, EntryDetails fromCentre) {
		return new EntryDetails(fromCentre.name(), current.summary(), fromCentre.address(), fromCentre.postcode(),
				fromCentre.wardCode(), current.latitude(), current.longitude(), fromCentre.phone(), fromCentre.email(),
				current.website(), fromCentre.openingHours(), fromCentre.languages(), fromCentre.accessibility(),
				current.accessFeatures(), fromCentre.strands(), List.of(), null, null, null, null, null);
	}

}

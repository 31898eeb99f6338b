package org.safercommunities.directory;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.audit.AuditTrail.AuditActor;
import org.safercommunities.directory.EntryChange.Action;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.StaffActor;
import org.springframework.stereotype.Component;

/** Keeps every change in the entry's history and in the audit log, in the caller's transaction. */
@Component
class EntryHistory {

	/** Actor names for changes made without a staff account. */
	static final String OWNER = "owner";

	static final String CENTRES = "centres";

	private final EntryChangeRepository changes;

	private final AuditTrail audit;

	private final Clock clock;

	EntryHistory(EntryChangeRepository changes, AuditTrail audit, Clock clock) {
		this.changes = changes;
		this.audit = audit;
		this.clock = clock;
	}

	/** A change by whoever is signed in, or the system when nobody is. */
	void record(DirectoryEntry entry, Action action, String details) {
		String actor = CurrentActor.find().map(StaffActor::username).orElse(AuditTrail.SYSTEM);
		changes.save(new EntryChange(entry.getId(), clock.instant(), actor, action, details));
		audit.record("DIRECTORY_" + action.name(), "directory_entry", entry.getId(), details);
	}

	/** A change by someone without a staff account: the entry's owner through their link, or another module. */
	void recordBy(String actor, DirectoryEntry entry, Action action, String details) {
		changes.save(new EntryChange(entry.getId(), clock.instant(), actor, action, details));
		audit.append(new AuditActor(null, actor, null), "DIRECTORY_" + action.name(), "directory_entry", entry.getId(),
				details);
	}

	List<EntryChange> of(DirectoryEntry entry) {
		return changes.findByEntryIdOrderByChangedAtDescIdDesc(entry.getId());
	}

	static String describe(List<EntryDetails.Difference> differences) {
		return differences.stream().map(EntryDetails.Difference::describe).collect(Collectors.joining("; "));
	}

	static String currentActorName() {
		return CurrentActor.find().map(StaffActor::username).orElse(AuditTrail.SYSTEM);
	}

}

package org.safercommunities.people;

import java.util.Comparator;
import java.util.List;

import org.safercommunities.people.PersonalDataHolder.HeldRecord;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything held about a person across modules, for subject access, erasure and retention: asks every
 * {@link PersonalDataHolder} (this module's own among them) about the person and about everyone merged into them.
 */
@Service
public class PersonRecordsFinder {

	private final ObjectProvider<PersonalDataHolder> holders;

	private final PersonStore store;

	private final People people;

	PersonRecordsFinder(ObjectProvider<PersonalDataHolder> holders, PersonStore store, People people) {
		this.holders = holders;
		this.store = store;
		this.people = people;
	}

	/** The records naming the person (or anyone merged into them), by module, kind and id. */
	// Not read-only: a holder may open the person's details to find its records (reporting compares a report's
	// reporter with them), and that read is audited in this transaction.
	@Transactional
	public List<HeldRecord> everythingHeldAbout(long personId) {
		var group = store.mergeGroup(people.current(personId));
		return holders.orderedStream()
			.flatMap(holder -> group.stream().flatMap(id -> holder.recordsAbout(id).stream()))
			.distinct()
			.sorted(Comparator.comparing(HeldRecord::module).thenComparing(HeldRecord::recordType)
				.thenComparingLong(HeldRecord::recordId))
			.toList();
	}

}

package org.safercommunities.people;

import java.util.List;

import org.springframework.stereotype.Component;

/** This module's own part of "everything held about a person": the person record itself. */
@Component
class PersonRecords implements PersonalDataHolder {

	private final PersonStore store;

	PersonRecords(PersonStore store) {
		this.store = store;
	}

	@Override
	public List<HeldRecord> recordsAbout(long personId) {
		return store.find(personId).map(person -> List.of(new HeldRecord("people", "person", person.id(), "person")))
			.orElse(List.of());
	}

}

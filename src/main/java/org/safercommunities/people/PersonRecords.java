package org.safercommunities.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** This module's own part of "everything held about a person": the person record itself. */
@Component
class PersonRecords implements PersonalDataHolder {

	private final PersonStore store;

	private final SealedDetails sealed;

	PersonRecords(PersonStore store, SealedDetails sealed) {
		this.store = store;
		this.sealed = sealed;
	}

	@Override
	public List<HeldRecord> recordsAbout(long personId) {
		return store.find(personId).map(person -> List.of(new HeldRecord("people", "person", person.id(), "person")))
			.orElse(List.of());
	}

	/** The person's own details as held (each merged-away record is disclosed by its own id). */
	@Override
	public List<Disclosure> disclose(long personId) {
		return store.find(personId)
			.map(person -> List.of(new Disclosure("people", "person", person.id(), String.valueOf(person.id()),
					items(sealed.open(person.sealedDetails())), Set.of())))
			.orElse(List.of());
	}

	static List<Item> items(PersonDetails details) {
		List<Item> items = new ArrayList<>();
		add(items, "sar.people.given-name", details.givenName());
		add(items, "sar.people.family-name", details.familyName());
		add(items, "sar.people.aliases", String.join("; ", details.aliases()));
		add(items, "sar.people.date-of-birth", details.dateOfBirth() == null ? null : details.dateOfBirth().toString());
		details.addresses().forEach(address -> add(items, "sar.people.address", java.util.stream.Stream
			.of(address.line1(), address.line2(), address.town(), address.postcode())
			.filter(part -> part != null && !part.isBlank())
			.collect(Collectors.joining(", "))));
		add(items, "sar.people.phone", details.phone());
		add(items, "sar.people.email", details.email());
		details.protectedCharacteristics().entrySet().stream()
			.sorted(java.util.Map.Entry.comparingByKey())
			.forEach(entry -> add(items, "sar.people.characteristic." + entry.getKey().name(), entry.getValue()));
		add(items, "sar.people.vulnerabilities", details.vulnerabilities().stream().map(Enum::name).sorted()
			.collect(Collectors.joining(", ")));
		add(items, "sar.people.vulnerability-note", details.vulnerabilityNote());
		add(items, "sar.people.safe-contact", details.safeContactNote());
		return items;
	}

	static void add(List<Item> items, String key, String value) {
		if (value != null && !value.isBlank()) {
			items.add(new Item(key, value.strip()));
		}
	}

}

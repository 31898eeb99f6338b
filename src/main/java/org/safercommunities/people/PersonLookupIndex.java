package org.safercommunities.people;

import java.util.List;

import org.safercommunities.crypto.BlindIndex;
import org.safercommunities.crypto.Pseudonyms;
import org.springframework.stereotype.Component;

/** People's look-up digests (names, sounds, dates of birth, phones, e-mails, postcodes), rebuilt from their details. */
@Component
class PersonLookupIndex implements BlindIndex {

	private static final int BATCH = 200;

	private final PersonStore store;

	private final SealedDetails sealed;

	PersonLookupIndex(PersonStore store, SealedDetails sealed) {
		this.store = store;
		this.sealed = sealed;
	}

	@Override
	public String indexName() {
		return "people";
	}

	@Override
	public long rebuild(Pseudonyms hashes) {
		long done = 0;
		long after = 0;
		List<PersonStore.StoredPerson> batch;
		while (!(batch = store.after(after, BATCH)).isEmpty()) {
			for (PersonStore.StoredPerson person : batch) {
				store.replaceLookups(person.id(), PeopleService.digests(sealed.open(person.sealedDetails()), hashes));
				done++;
			}
			after = batch.get(batch.size() - 1).id();
		}
		return done;
	}

}

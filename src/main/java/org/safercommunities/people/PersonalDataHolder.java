package org.safercommunities.people;

import java.util.List;
import java.util.Set;

/**
 * Implemented by every module that holds records naming a person (cases, referrals, ...), so subject access,
 * erasure and retention can find everything held about a person through this module alone.
 */
public interface PersonalDataHolder {

	/** The records this module holds that name the person, e.g. each case they are a party to. */
	List<HeldRecord> recordsAbout(long personId);

	/**
	 * What this module holds about the person, as they may read it in a subject access export (UK GDPR art. 15):
	 * each record's fields, decrypted, and the ids of the other people the record names, whose details the export
	 * removes from every field ({@link SubjectAccess}). A module leaves out what is not the person's to have (another
	 * party's own record); it never writes another person's details into a field it could leave empty.
	 */
	List<Disclosure> disclose(long personId);

	/** One record naming the person: its kind, id and a short description without personal data. */
	record HeldRecord(String module, String recordType, long recordId, String description) {
	}

	/**
	 * One record as disclosed: its kind and id, a title (a reference, never personal data), its fields in reading
	 * order and the people it also names (third parties).
	 */
	record Disclosure(String module, String recordType, long recordId, String title, List<Item> items,
			Set<Long> thirdParties) {

		public Disclosure {
			items = List.copyOf(items);
			thirdParties = Set.copyOf(thirdParties);
		}

	}

	/**
	 * One field: its message key (its label in the PDF, its name in the JSON) and its value as text; a field the
	 * record leaves empty is not disclosed.
	 */
	record Item(String key, String value) {
	}

	/** A record's fields in reading order, leaving out the empty ones, as every module discloses them. */
	final class Items {

		private final java.util.List<Item> items = new java.util.ArrayList<>();

		public void add(String key, String value) {
			if (value != null && !value.isBlank()) {
				items.add(new Item(key, value.strip()));
			}
		}

		public void add(String key, java.sql.Date day) {
			add(key, day == null ? null : day.toLocalDate().toString());
		}

		public List<Item> list() {
			return items;
		}

	}

}

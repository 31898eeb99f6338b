package org.safercommunities.shared;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do one thing (read, change) to one kind of record, by role: the roles that reach every record of the
 * kind, those that reach their own organisation's, and those that reach what was shared with their organisation or
 * their role. {@link RecordAccess} applies it to a record's {@link RecordOwnership}. A refusal answers 403, or 404
 * for a kind whose rule {@linkplain #hidingExistence() hides that the record exists}.
 *
 * @param recordType the record kind as the audit log names it, e.g. {@code hate_report}
 */
public record RecordRule(String recordType, Set<Role> everyRecord, Set<Role> ownOrganisation, Set<Role> sharedWithThem,
		boolean hidesExistence) {

	public RecordRule {
		everyRecord = copy(everyRecord);
		ownOrganisation = copy(ownOrganisation);
		sharedWithThem = copy(sharedWithThem);
	}

	/** A rule that lets nobody in yet: add the roles with the methods below. */
	public static RecordRule forRecords(String recordType) {
		return new RecordRule(recordType, Set.of(), Set.of(), Set.of(), false);
	}

	public RecordRule everyRecord(Role... roles) {
		return new RecordRule(recordType, Set.of(roles), ownOrganisation, sharedWithThem, hidesExistence);
	}

	public RecordRule ownOrganisation(Role... roles) {
		return new RecordRule(recordType, everyRecord, Set.of(roles), sharedWithThem, hidesExistence);
	}

	public RecordRule sharedWithThem(Role... roles) {
		return new RecordRule(recordType, everyRecord, ownOrganisation, Set.of(roles), hidesExistence);
	}

	/** The same roles for another kind of record, such as one centre's returns and a single return. */
	public RecordRule about(String otherRecordType) {
		return new RecordRule(otherRecordType, everyRecord, ownOrganisation, sharedWithThem, hidesExistence);
	}

	/** Refusals answer 404, as for a record that does not exist, so a refused person cannot learn that it does. */
	public RecordRule hidingExistence() {
		return new RecordRule(recordType, everyRecord, ownOrganisation, sharedWithThem, true);
	}

	private static Set<Role> copy(Set<Role> roles) {
		return roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

}

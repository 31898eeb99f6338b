package org.safercommunities.shared;

/**
 * Why {@link RecordAccess} refused a record. The audit log keeps the name; the message key says it to people.
 * Reasons name a rule, never anything about the record's contents.
 */
public enum AccessRefusal {

	/** None of the person's roles may do this to this kind of record, whoever owns it. */
	ROLE,

	/** Their role reaches only their own organisation's records, and this one is another's (or nobody's). */
	OTHER_ORGANISATION,

	/** Their role reaches only records shared with their organisation or their role, and this one is not. */
	NOT_SHARED,

	/** A sensitive record stays with its owning organisation and the roles that see every record: shares stop. */
	SENSITIVE,

	/** Only the members (the owning organisation and those it is shared with) see it, whatever the role. */
	MEMBERS_ONLY,

	/** Their organisation is on the other side (works with the perpetrator), so it never sees the record. */
	EXCLUDED;

	/** Message key of the reason, e.g. {@code access.refused.other-organisation}. */
	public String messageKey() {
		return "access.refused." + name().toLowerCase().replace('_', '-');
	}

}

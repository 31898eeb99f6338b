package org.safercommunities.imports;

/** What an imported file holds. */
public enum ImportKind {

	/** police.uk street-level crime and ASB, one force and month per file (the standard 12 columns). */
	POLICE_UK_STREET,
	/** Hate crime counts per borough, strand and month (MPS dashboard layout, or a configured one). */
	HATE_CRIME_COUNTS;

	public String messageKey() {
		return "imports.kind." + name().toLowerCase().replace('_', '-');
	}

}

package org.safercommunities.imports;

/** Where an import is. */
public enum ImportStatus {

	QUEUED, RUNNING, COMPLETED, FAILED, REPLACED,
	/** Read but not applied: it would replace the data held with far fewer rows, or many rows were rejected. */
	HELD,
	/** A held file an analyst (or a later import of the same data) discarded. */
	DISCARDED,
	/** A replacement an analyst undid: the previous rows are back. */
	UNDONE;

	public String messageKey() {
		return "imports.status." + name().toLowerCase();
	}

	public boolean finished() {
		return this != QUEUED && this != RUNNING;
	}

	/** Whether the import's rows are (or were) the data held: not a failure, not waiting. */
	public boolean succeeded() {
		return this == COMPLETED || this == REPLACED;
	}

	/** GOV.UK tag colour: green only for data applied, never for a failure or a file waiting. */
	public String tagClass() {
		return switch (this) {
			case QUEUED, REPLACED, DISCARDED, UNDONE -> "govuk-tag--grey";
			case RUNNING -> "govuk-tag--blue";
			case COMPLETED -> "govuk-tag--green";
			case FAILED -> "govuk-tag--red";
			case HELD -> "govuk-tag--orange";
		};
	}

}

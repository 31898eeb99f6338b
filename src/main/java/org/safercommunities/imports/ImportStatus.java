package org.safercommunities.imports;

/** Where an import is. */
public enum ImportStatus {

	QUEUED, RUNNING, COMPLETED, FAILED, REPLACED;

	public String messageKey() {
		return "imports.status." + name().toLowerCase();
	}

	public boolean finished() {
		return this != QUEUED && this != RUNNING;
	}

	/** GOV.UK tag colour. */
	public String tagClass() {
		return switch (this) {
			case QUEUED -> "govuk-tag--grey";
			case RUNNING -> "govuk-tag--blue";
			case COMPLETED -> "govuk-tag--green";
			case FAILED -> "govuk-tag--red";
			case REPLACED -> "govuk-tag--grey";
		};
	}

}

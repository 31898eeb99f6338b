package org.safercommunities.imports;

/**
 * What happened to one file handed to the importer: queued or imported as import {@code importId}, or
 * skipped because the same file (same force, month and SHA-256) was already imported as {@code importId}.
 */
public record ImportOutcome(String fileName, Result result, Long importId) {

	public enum Result {

		QUEUED, IMPORTED, SKIPPED_DUPLICATE, FAILED

	}

}

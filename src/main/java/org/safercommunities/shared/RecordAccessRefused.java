package org.safercommunities.shared;

import org.springframework.security.access.AccessDeniedException;

/**
 * A record refused by {@link RecordAccess}. It names the record kind, its id and the reason, never anything the
 * record holds, so the handler that answers the refusal can audit it as it is. Thrown out of the module's
 * transaction, so the audit entry written by that handler is not rolled back with it.
 */
public class RecordAccessRefused extends AccessDeniedException {

	private final String recordType;

	private final String recordId;

	private final AccessRefusal reason;

	private final boolean hidesExistence;

	public RecordAccessRefused(String recordType, Object recordId, AccessRefusal reason, boolean hidesExistence) {
		super(recordType + " " + recordId + " refused: " + reason);
		this.recordType = recordType;
		this.recordId = recordId == null ? null : String.valueOf(recordId);
		this.reason = reason;
		this.hidesExistence = hidesExistence;
	}

	public String recordType() {
		return recordType;
	}

	public String recordId() {
		return recordId;
	}

	public AccessRefusal reason() {
		return reason;
	}

	/** Whether the refusal answers 404 rather than 403. */
	public boolean hidesExistence() {
		return hidesExistence;
	}

}

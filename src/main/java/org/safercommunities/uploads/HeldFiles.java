package org.safercommunities.uploads;

import java.util.List;
import java.util.Optional;

/**
 * A module's files kept while no malware scanner was configured or reachable ({@link ScanStatus#NOT_SCANNED}),
 * for {@link HeldFileScans} to scan once one is. Each method is called inside a transaction, one file at a time.
 */
public interface HeldFiles {

	/** Ids of the files not yet scanned, oldest first, at most {@code limit}. */
	List<Long> heldIds(int limit);

	/** The file's content, decrypted, while it is still not yet scanned; empty when it is gone or was scanned. */
	Optional<byte[]> heldContent(long id);

	/** Records what the scan found ({@link ScanStatus#CLEAN} or {@link ScanStatus#INFECTED}: quarantine it). */
	void scanned(long id, ScanResult result);

}

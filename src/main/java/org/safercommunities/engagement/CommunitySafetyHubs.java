package org.safercommunities.engagement;

import java.util.List;
import java.util.Optional;

/**
 * The Community Safety Hubs whose sessions engagement records: the directory's entries of the hub type. Declared
 * here and implemented by the directory module (which may depend on engagement; engagement may not depend on the
 * directory, whose dependencies lead back here through the centres module).
 */
public interface CommunitySafetyHubs {

	/** Every hub in the directory that has not been removed, by name. */
	List<Hub> hubs();

	/** One hub by its directory entry id, removed or not (a session recorded earlier keeps its hub). */
	Optional<Hub> hub(long entryId);

	/**
	 * @param entryId the directory entry
	 * @param wardCode where the hub is held, or null when the entry gives no ward
	 */
	record Hub(long entryId, String name, String wardCode) {
	}

}

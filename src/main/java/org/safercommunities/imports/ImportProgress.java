package org.safercommunities.imports;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Live progress of the imports this instance is running, for the progress bar. Finished imports are dropped
 * after a while; the import log in the database is the record.
 */
@Component
class ImportProgress {

	private final Map<Long, Snapshot> imports = new ConcurrentHashMap<>();

	void queued(long id) {
		imports.put(id, new Snapshot(id, ImportStatus.QUEUED, 0, 0, 0, 0, 0));
	}

	ImportProgressListener listenerFor(long id) {
		return (bytesRead, totalBytes, rowsRead, imported, rejected) -> imports.put(id,
				new Snapshot(id, ImportStatus.RUNNING, bytesRead, totalBytes, rowsRead, imported, rejected));
	}

	void running(long id) {
		imports.put(id, new Snapshot(id, ImportStatus.RUNNING, 0, 0, 0, 0, 0));
	}

	void finished(long id) {
		imports.remove(id);
	}

	boolean active(long id) {
		return imports.containsKey(id);
	}

	Optional<Snapshot> find(long id) {
		return Optional.ofNullable(imports.get(id));
	}

	/** Where one import is, as the progress bar shows it. */
	record Snapshot(long id, ImportStatus status, long bytesRead, long totalBytes, int rowsRead, int imported,
			int rejected) {

		int percent() {
			if (status.finished()) {
				return 100;
			}
			return totalBytes <= 0 ? 0 : (int) Math.min(100, bytesRead * 100 / totalBytes);
		}

	}

}

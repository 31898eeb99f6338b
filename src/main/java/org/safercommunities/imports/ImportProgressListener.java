package org.safercommunities.imports;

/** Told as an import goes along; called from the importing thread. */
interface ImportProgressListener {

	ImportProgressListener NONE = (bytesRead, totalBytes, rowsRead, imported, rejected) -> {
	};

	void progress(long bytesRead, long totalBytes, int rowsRead, int imported, int rejected);

}

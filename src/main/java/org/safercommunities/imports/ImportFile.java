package org.safercommunities.imports;

import java.nio.file.Path;

/** A file to import: where it is now, and the name it was given (police.uk's names carry the month). */
public record ImportFile(Path path, String fileName) {
}

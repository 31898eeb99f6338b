package org.safercommunities.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.UnaryOperator;

/** Copies of the sample files under src/test/resources, in a temporary directory, as an import would get them. */
final class ImportTestFiles {

	private ImportTestFiles() {
	}

	static ImportFile copy(String resource) {
		return copy(resource, resource.substring(resource.lastIndexOf('/') + 1), UnaryOperator.identity());
	}

	/** A copy under another name, its text changed. */
	static ImportFile copy(String resource, String fileName, UnaryOperator<String> change) {
		try (InputStream in = ImportTestFiles.class.getResourceAsStream("/" + resource)) {
			Path directory = Files.createTempDirectory("import-test");
			Path file = directory.resolve(fileName);
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			Files.writeString(file, change.apply(Files.readString(file)));
			return new ImportFile(file, fileName);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

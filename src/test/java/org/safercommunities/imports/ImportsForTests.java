package org.safercommunities.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports a classpath file now, on the test's thread, for tests of other modules (the imports module's own runner,
 * so listeners of {@link ImportCompleted} have run when it returns). A file imported before is skipped.
 */
public final class ImportsForTests {

	private ImportsForTests() {
	}

	public static void importNow(ApplicationContext context, ImportKind kind, String resource) {
		ImportRunner runner = context.getBean(ImportRunner.class);
		String name = resource.substring(resource.lastIndexOf('/') + 1).replace(".gz", "");
		try (InputStream in = resource.endsWith(".gz")
				? new GZIPInputStream(ImportsForTests.class.getResourceAsStream(resource))
				: ImportsForTests.class.getResourceAsStream(resource)) {
			Path file = Files.createTempDirectory("import-for-test").resolve(name);
			Files.copy(in, file);
			ImportFile importFile = new ImportFile(file, name);
			ImportOutcome outcome = runner.prepare(kind, importFile, null);
			if (outcome.result() == ImportOutcome.Result.QUEUED) {
				assertThat(runner.run(outcome.importId(), importFile, ImportProgressListener.NONE).status())
					.isEqualTo(ImportStatus.COMPLETED);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

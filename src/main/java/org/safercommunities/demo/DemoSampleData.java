package org.safercommunities.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import org.safercommunities.imports.ImportFile;
import org.safercommunities.imports.ImportKind;
import org.safercommunities.imports.PoliceImports;
import org.safercommunities.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Fills the embedded demo's dashboard on its first start: imports the bundled open data (MPS hate crime counts for
 * every London borough 2010-2021, six months of Metropolitan Police burglary and of City of London street crime
 * from police.uk; see /work/shared/data/README.md for where they come from) through the imports module, as the
 * system. Imports run in the background; the dashboard fills as each completes. H2 only, and only once.
 */
@Component
@ConditionalOnBooleanProperty("safer.demo.sample-data")
class DemoSampleData {

	private static final Logger log = LoggerFactory.getLogger(DemoSampleData.class);

	private final PoliceImports imports;

	private final DataSource dataSource;

	DemoSampleData(PoliceImports imports, DataSource dataSource) {
		this.imports = imports;
		this.dataSource = dataSource;
	}

	@EventListener(ApplicationReadyEvent.class)
	void importOnFirstStart() throws SQLException, IOException {
		if (!DemoDataSeeder.isEmbedded(dataSource)) {
			return;
		}
		try {
			// The imports API is for analysts; the demo acts as the system with that role, and is audited as "system".
			SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
					"system", null, List.of(new SimpleGrantedAuthority(Role.ANALYST.authority())))));
			if (!imports.recent().isEmpty()) {
				return;
			}
			imports.submit(ImportKind.HATE_CRIME_COUNTS, files("classpath:demo/mps/*.csv"));
			imports.submit(ImportKind.POLICE_UK_STREET, files("classpath:demo/police-uk/*.csv.gz"));
			log.info("Demo dashboard data queued for import");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static List<ImportFile> files(String pattern) throws IOException {
		List<ImportFile> files = new ArrayList<>();
		Path directory = Files.createTempDirectory("demo-import");
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
			String name = resource.getFilename().replace(".gz", "");
			Path file = directory.resolve(name);
			try (InputStream in = resource.getFilename().endsWith(".gz")
					? new GZIPInputStream(resource.getInputStream()) : resource.getInputStream()) {
				Files.copy(in, file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			files.add(new ImportFile(file, name));
		}
		files.sort(java.util.Comparator.comparing(ImportFile::fileName));
		return files;
	}

}

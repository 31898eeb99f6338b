package org.safercommunities.imports;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.safercommunities.geography.Geography;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rejection reason the importers give, stored and read back as the rejected-rows report does, reads as a
 * sentence: no unfilled {0}. Rows are made to fail each check in turn, including empty fields.
 */
@IntegrationTest
@WithMockUser(roles = "ANALYST")
class RejectionMessagesIntegrationTests {

	static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
			+ "LSOA name,Crime type,Last outcome category,Context";

	static final String ID = "4a14d4745da0a2219ecf913fdc28a0c84ae8408954cac6a0bf7cc46767bb7d26";

	@Autowired
	ImportRunner runner;

	@Autowired
	ImportLog log;

	@Autowired
	PoliceImports imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	Geography geography;

	@Test
	void everyRejectionReasonIsFilledIn() throws Exception {
		String force = "City of London Police";
		String good = ID + ",2018-03," + force + "," + force + ",-0.1,51.5,On or near X,E01000916,Camden 027B,";
		Path street = Files.createTempDirectory("reasons").resolve("2018-03-city-of-london-street.csv");
		Files.writeString(street, String.join("\n", HEADER,
				good + "Burglary,,",
				ID + ",2018-03," + force,
				ID + ",," + force + "," + force + ",-0.1,51.5,On or near X,E01000916,Camden 027B,Burglary,,",
				ID + ",2018-3," + force + "," + force + ",-0.1,51.5,On or near X,E01000916,Camden 027B,Burglary,,",
				ID + ",2018-04," + force + "," + force + ",-0.1,51.5,On or near X,E01000916,Camden 027B,Burglary,,",
				ID + ",2018-03,," + force + ",-0.1,51.5,On or near X,E01000916,Camden 027B,Burglary,,",
				ID + ",2018-03,Kent Police," + force + ",-0.1,51.5,On or near X,E01000916,Camden 027B,Burglary,,",
				ID + ",2018-03," + force + "," + force + ",-0.1,,On or near X,E01000916,Camden 027B,Burglary,,",
				ID + ",2018-03," + force + "," + force + ",abc,51.5,On or near X,E01000916,Camden 027B,Burglary,,",
				ID + ",2018-03," + force + "," + force + ",-74.0,40.7,On or near X,E01000916,Camden 027B,Burglary,,",
				good + ",,",
				good + "Littering,,",
				ID + ",2018-03," + force + "," + force + ",-0.1,51.5,On or near X,E0100091,Camden 027B,Burglary,,",
				"xyz,2018-03," + force + "," + force + ",-0.1,51.5,On or near X,E01000916,Camden 027B,Burglary,,") + "\n");
		ImportFile streetFile = new ImportFile(street, street.getFileName().toString());
		ImportOutcome streetOutcome = runner.prepare(ImportKind.POLICE_UK_STREET, streetFile, null);
		runner.run(streetOutcome.importId(), streetFile, ImportProgressListener.NONE);

		// Hate crime counts in a long layout (one row per borough, strand and month) reach the other reasons.
		ImportSettings longLayout = new ImportSettings(DataSize.ofMegabytes(1),
				new ImportSettings.HateCrimeLayout("reasons-test", "Test Police", "Borough", "Strand", "", "", List.of(),
						"", "yyyy-MM", "Month", "Count"),
				new ImportSettings.Guard(0.5, 0.1), 10, null, List.of());
		Path hate = Files.createTempDirectory("reasons").resolve("hate.csv");
		Files.writeString(hate, String.join("\n", "Borough,Strand,Month,Count", "Barnet,Disability,2018-03,4",
				"Atlantis,Disability,2018-03,4", ",Disability,2018-03,4", "Barnet,Disability,2018-03,many",
				"Barnet,Disability,March,4", "Barnet,Disability,,4") + "\n");
		long hateImport = log.create(ImportKind.HATE_CRIME_COUNTS, "hate.csv", "0", null, null, null,
				ImportStatus.RUNNING, null, null);
		new HateCrimeImporter(template, geography, longLayout).read(hateImport, hate, ImportProgressListener.NONE, log);

		Set<String> given = new TreeSet<>(jdbc.sql("""
				select distinct reason_code from police_import_rejection where import_id in (?, ?)""")
			.params(streetOutcome.importId(), hateImport)
			.query(String.class)
			.list());
		assertThat(given).as("every rejection reason in imports.properties is given by some row here")
			.isEqualTo(reasonKeys());
		for (long id : List.of(streetOutcome.importId(), hateImport)) {
			StringWriter report = new StringWriter();
			imports.writeRejections(id, report, Locale.UK);
			assertThat(report.toString()).as("rejected rows report of import %d", id).doesNotContain("{").doesNotContain("}");
			assertThat(report.toString()).doesNotContain("imports.reject");
		}
		StringWriter report = new StringWriter();
		imports.writeRejections(streetOutcome.importId(), report, Locale.UK);
		assertThat(report.toString()).contains("3,The month is empty")
			.contains("The crime type is empty")
			.contains("Reported by is empty; the file\u2019s force is \u2018City of London Police\u2019");
	}

	private static Set<String> reasonKeys() throws Exception {
		Properties properties = new Properties();
		try (InputStream in = RejectionMessagesIntegrationTests.class.getResourceAsStream("/i18n/imports.properties")) {
			properties.load(in);
		}
		return properties.stringPropertyNames()
			.stream()
			.filter(key -> key.startsWith("imports.reject."))
			.collect(Collectors.toCollection(TreeSet::new));
	}

}

package org.safercommunities;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safercommunities.DataMapTag.Protection;
import org.safercommunities.crypto.EncryptedColumn;
import org.safercommunities.crypto.EncryptedColumns;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data map a Data Protection Officer needs for the DPIA (issue 18), read from the migrated database itself: every
 * table and column must carry a classified comment (see {@link DataMapTag}), and doc/data-map.md must be what those
 * comments say, so neither the schema nor the document can drift from the other.
 */
@IntegrationTest
class DataMapTests {

	static final Path COMMITTED = Path.of("doc/data-map.md");

	static final Path FRESH = Path.of("target/data-map.md");

	private static final Pattern MODULE = Pattern.compile("^(\\S.*)\\. Module: ([a-z]+)$", Pattern.DOTALL);

	@Autowired
	DataSource dataSource;

	@Autowired
	EncryptedColumns encryptedColumns;

	@Autowired
	List<org.safercommunities.retention.RetainedRecords> retained;

	@Autowired
	org.springframework.context.MessageSource messages;

	private Map<String, Table> schema;

	@BeforeEach
	void readTheSchema() throws SQLException {
		schema = readSchema();
		assertThat(schema).as("tables of the migrated schema").containsKeys("hate_report", "person", "audit_entry");
	}

	@Test
	void everyTableAndColumnIsClassified() {
		assertThat(unclassified(schema.values())).as("the data map (doc/data-map.md, DataMapTag)").isEmpty();
	}

	@Test
	void theCheckNamesATableOrColumnAMigrationLeftUnclassified() {
		SortedMap<String, String> columns = new TreeMap<>(Map.of("title", "[not-personal] Short title", "foo", "Foo"));
		Table table = new Table("case_file", "Cases", columns);
		assertThat(unclassified(List.of(table))).containsExactly(
				"table case_file has no data-map description naming its module: add COMMENT ON TABLE case_file IS "
						+ "'<what it is for>. Module: cases' in a migration (now: Cases)",
				"column case_file.foo has no data-map classification: add COMMENT ON COLUMN case_file.foo IS "
						+ "'[personal|special|criminal-offence|not-personal, encrypted|blind-index|hashed|reference|plain] <what it holds>' "
						+ "in a migration (now: Foo)");
	}

	static List<String> unclassified(Collection<Table> tables) {
		List<String> unclassified = new ArrayList<>();
		tables.forEach(table -> {
			String owner = TableOwnershipTests.owner(table.name());
			Matcher comment = MODULE.matcher(table.comment() == null ? "" : table.comment().strip());
			if (!comment.matches() || !comment.group(2).equals(owner)) {
				unclassified.add("table " + table.name() + " has no data-map description naming its module: add COMMENT ON "
						+ "TABLE " + table.name() + " IS '<what it is for>. Module: " + owner + "' in a migration (now: "
						+ table.comment() + ")");
			}
			table.columns().forEach((column, remark) -> {
				if (DataMapTag.parse(remark).isEmpty()) {
					unclassified.add("column " + table.name() + "." + column + " has no data-map classification: add COMMENT "
							+ "ON COLUMN " + table.name() + "." + column + " IS '[personal|special|criminal-offence|not-personal, "
							+ "encrypted|blind-index|hashed|reference|plain] <what it holds>' in a migration (now: " + remark + ")");
				}
			});
		});
		return unclassified;
	}

	@Test
	void everyColumnTheKeyRotationReEncryptsIsMappedAsEncrypted() {
		List<String> wrong = new ArrayList<>();
		for (EncryptedColumn encrypted : encryptedColumns.all()) {
			Table table = schema.get(encrypted.table());
			Optional<DataMapTag> tag = Optional.ofNullable(table)
				.map(found -> found.columns().get(encrypted.column()))
				.flatMap(DataMapTag::parse);
			if (tag.isEmpty() || tag.get().protection() != Protection.ENCRYPTED) {
				wrong.add(encrypted + " holds ciphertext but its data-map comment does not say encrypted");
			}
		}
		assertThat(wrong).as("columns of EncryptedColumns").isEmpty();
	}

	@Test
	void theCommittedDataMapIsTheOneTheSchemaGives() throws IOException {
		String fresh = DataMapDocument.render(schema.values(), DataMapDocument.retentionLines(retained, messages));
		Files.createDirectories(FRESH.getParent());
		Files.writeString(FRESH, fresh);
		String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED).replace("\r\n", "\n") : "";
		assertThat(committed.equals(fresh))
			.as(COMMITTED + " is not what the database's comments say (" + firstDifference(committed, fresh) + "): the fresh"
					+ " map is in " + FRESH + "; check it and copy it: cp " + FRESH + " " + COMMITTED)
			.isTrue();
	}

	@Test
	void theDataMapClassifiesThePeoplesDetailsAsSpecialAndEncrypted() {
		assertThat(DataMapTag.parse(schema.get("person").columns().get("sealed_details")))
			.hasValueSatisfying(tag -> assertThat(List.of(tag.classification(), tag.protection()))
				.containsExactly(DataMapTag.Classification.SPECIAL, Protection.ENCRYPTED));
	}

	@Test
	void offenceDataIsItsOwnCategoryApartFromSpecialCategoryData() {
		assertThat(DataMapTag.parse(schema.get("enforcement_penalty").columns().get("offence_code")))
			.hasValueSatisfying(tag -> assertThat(tag.classification()).isEqualTo(DataMapTag.Classification.CRIMINAL_OFFENCE));
		assertThat(DataMapTag.parse(schema.get("hate_report_strand").columns().get("strand")))
			.hasValueSatisfying(tag -> assertThat(tag.classification()).isEqualTo(DataMapTag.Classification.SPECIAL));
		assertThat(DataMapTag.parse("[criminal-offence] An offence code")).as("offence data is personal: it needs a protection")
			.isEmpty();
		Table table = new Table("enforcement_penalty", "Penalties. Module: enforcement", new TreeMap<>(Map.of(
				"offence_code", "[criminal-offence, plain] The offence", "id", "[not-personal] Row id")));
		String map = DataMapDocument.render(List.of(table), Map.of("enforcement_penalty", List.of("Fixed penalties: 6 years")));
		assertThat(map).contains("| `offence_code` | criminal-offence | plain | The offence | art. 10 |",
				"| `enforcement` | 1 | 2 | 1 | 0 | 1 | 1 |", "Retention: Fixed penalties: 6 years");
	}

	@Test
	void eachTableARetainedRecordTypeChangesSaysHowLongItIsKept() {
		Map<String, List<String>> lines = DataMapDocument.retentionLines(retained, messages);
		assertThat(lines.get("case_file")).containsExactly("Closed cases: 6 years after it was closed. Then: Personal details removed; the counts stay");
		assertThat(lines.get("hate_report")).contains("Non-crime hate incidents (personal details reviewed, 2023 code of practice): "
				+ "1 year after it was made. Then: Reviewed: kept with a reason, or personal details removed");
	}

	private static String firstDifference(String committed, String fresh) {
		List<String> was = committed.lines().toList();
		List<String> is = fresh.lines().toList();
		for (int line = 0; line < Math.max(was.size(), is.size()); line++) {
			String before = line < was.size() ? was.get(line) : "(end of file)";
			String after = line < is.size() ? is.get(line) : "(end of file)";
			if (!before.equals(after)) {
				return "line " + (line + 1) + " is \"" + before + "\", the schema gives \"" + after + "\"";
			}
		}
		return "they differ in line endings only";
	}

	private Map<String, Table> readSchema() throws SQLException {
		SortedMap<String, Table> tables = new TreeMap<>();
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			String schemaName = connection.getSchema();
			try (ResultSet rows = metaData.getTables(connection.getCatalog(), schemaName, "%", new String[] { "TABLE" })) {
				while (rows.next()) {
					String name = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
					tables.put(name, new Table(name, rows.getString("REMARKS"), new TreeMap<>()));
				}
			}
			try (ResultSet rows = metaData.getColumns(connection.getCatalog(), schemaName, "%", "%")) {
				while (rows.next()) {
					Table table = tables.get(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
					if (table != null) {
						table.columns().put(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rows.getString("REMARKS"));
					}
				}
			}
		}
		return tables;
	}

	/** A table of the schema, its comment, and its columns' comments by name (sorted, so H2 and PostgreSQL agree). */
	record Table(String name, String comment, SortedMap<String, String> columns) {

		String description() {
			Matcher comment = MODULE.matcher(this.comment == null ? "" : this.comment.strip());
			return comment.matches() ? comment.group(1) : "";
		}

	}

}

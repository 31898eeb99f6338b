package org.safercommunities.support;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searches every value of every column of every table for personal values, as text (binary columns read as bytes,
 * spaces ignored too), so a test can prove that nothing typed is held in the clear anywhere.
 */
public final class DatabaseSearch {

	private DatabaseSearch() {
	}

	/**
	 * Each place ("table.column holds value") that holds one of the needles. Fails unless the tables scanned
	 * include {@code mustScan}, so a test cannot pass by looking in the wrong schema.
	 */
	public static List<String> placesHolding(DataSource dataSource, List<String> mustScan, String... needles)
			throws Exception {
		List<String> found = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			List<String> tables = tables(connection.getMetaData());
			assertThat(tables).as("tables scanned").containsAll(mustScan);
			for (String table : tables) {
				try (Statement statement = connection.createStatement();
						ResultSet rows = statement.executeQuery("select * from " + table)) {
					int columns = rows.getMetaData().getColumnCount();
					while (rows.next()) {
						for (int column = 1; column <= columns; column++) {
							String text = asText(rows.getObject(column));
							for (String needle : needles) {
								if (text.contains(needle)) {
									found.add(table + "." + rows.getMetaData().getColumnName(column) + " holds " + needle);
								}
							}
						}
					}
				}
			}
		}
		return found;
	}

	private static List<String> tables(DatabaseMetaData meta) throws Exception {
		List<String> tables = new ArrayList<>();
		try (ResultSet rs = meta.getTables(null, null, "%", new String[] { "TABLE", "BASE TABLE" })) {
			while (rs.next()) {
				if ("public".equalsIgnoreCase(rs.getString("TABLE_SCHEM"))) {
					tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
				}
			}
		}
		return tables;
	}

	private static String asText(Object value) throws Exception {
		if (value == null) {
			return "";
		}
		if (value instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.ISO_8859_1) + new String(bytes, StandardCharsets.UTF_8);
		}
		if (value instanceof java.sql.Blob blob) {
			return asText(blob.getBytes(1, (int) blob.length()));
		}
		if (value instanceof java.sql.Clob clob) {
			return clob.getSubString(1, (int) clob.length());
		}
		return String.valueOf(value).replace(" ", "") + String.valueOf(value);
	}

}

package org.safercommunities.reporting;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Anonymous" means no identity anywhere. Someone starts to give their details, changes their mind and sends
 * the report anonymously: nothing they typed about themselves may be left in any table or in the log.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AnonymityIntegrationTests {

	private static final String NAME = "Zephyrine Quillfeather";

	private static final String EMAIL = "zephyrine.q@example.org";

	private static final String PHONE = "07700 900777";

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Test
	void anAnonymousReportLeavesNoIdentityInAnyTableOrLog(CapturedOutput output) throws Exception {
		Journey journey = new Journey(mvc).answerAll(Journey.ANONYMOUS);
		journey.answer("about-you", "giveDetails", "YES", "name", NAME, "email", EMAIL, "phone", PHONE);
		journey.answer("about-you", "giveDetails", "NO", "name", NAME, "email", EMAIL, "phone", PHONE);
		journey.answer("support", Journey.ANONYMOUS.get("support"));

		var sent = journey.send();
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/report/confirmation");

		List<String> found = tablesContaining(NAME, EMAIL, PHONE, "Quillfeather", "07700900777");
		assertThat(found).as("identity left in tables").isEmpty();
		assertThat(output.getAll()).doesNotContain(NAME, EMAIL, PHONE, "Quillfeather");
	}

	/** Every value of every column of every table, as text (binary columns read as bytes). */
	private List<String> tablesContaining(String... needles) throws Exception {
		List<String> found = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			List<String> tables = new ArrayList<>();
			try (ResultSet rs = meta.getTables(null, null, "%", new String[] { "TABLE", "BASE TABLE" })) {
				while (rs.next()) {
					String schema = rs.getString("TABLE_SCHEM");
					if ("public".equalsIgnoreCase(schema)) {
						tables.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
					}
				}
			}
			assertThat(tables).as("tables scanned").contains("hate_report", "spring_session_attributes", "audit_entry");
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

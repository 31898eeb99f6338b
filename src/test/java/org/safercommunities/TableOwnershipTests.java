package org.safercommunities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table belongs to one module, and only that module's code names it in SQL: other modules ask through its
 * published API or hear its events (the module test cannot see SQL). A new table must be given an owner here.
 */
class TableOwnershipTests {

	/** Each module's tables; a name ending in {@code *} covers every table starting so. */
	private static final Map<String, List<String>> OWNERS = Map.ofEntries(
			Map.entry("audit", List.of("audit_chain_head", "audit_entry")),
			Map.entry("cases", List.of("case_*")),
			Map.entry("casereview", List.of("casereview_*")),
			Map.entry("centres", List.of("centre_return*", "reporting_centre*")),
			Map.entry("crypto", List.of("crypto_*")),
			Map.entry("demo", List.of("demo_*")),
			Map.entry("directory", List.of("directory_*")),
			Map.entry("engagement", List.of("engagement_*")),
			Map.entry("feedback", List.of("feedback_*")),
			Map.entry("plans", List.of("plan_*")),
			Map.entry("retention", List.of("retention_*")),
			Map.entry("enforcement", List.of("enforcement_*")),
			Map.entry("geography", List.of("borough", "borough_population", "lsoa", "ward")),
			Map.entry("imports", List.of("hate_crime_count*", "police_import*", "street_crime*")),
			Map.entry("marac", List.of("marac_*")),
			Map.entry("notifications", List.of("email_outbox")),
			Map.entry("organisations", List.of("organisation")),
			Map.entry("people", List.of("person*")),
			Map.entry("performance", List.of("indicator*", "open_data_*")),
			Map.entry("reporting", List.of("hate_report*", "report_*", "rate_limit_bucket")),
			Map.entry("referrals", List.of("referral*")),
			Map.entry("security", List.of("staff_user*", "staff_recovery_code", "sign_in_attempt")),
			Map.entry("system", List.of("shedlock", "spring_session*", "event_publication*", "flyway_schema_history")));

	private static final Path SOURCES = Path.of("src/main/java/org/safercommunities");

	@Test
	void everyTableHasAnOwner() {
		Set<String> unowned = new TreeSet<>(createdTables());
		unowned.removeIf(table -> owner(table) != null);
		assertThat(unowned).as("tables created by a migration but given no owner in " + getClass().getSimpleName())
			.isEmpty();
	}

	@Test
	void noModuleNamesAnotherModulesTableInSql() throws IOException {
		Set<String> tables = createdTables();
		List<String> trespasses = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				String module = SOURCES.relativize(file).getName(0).toString();
				String code = withoutComments(Files.readString(file));
				for (String table : tables) {
					String owner = owner(table);
					if (owner == null || owner.equals(module)) {
						continue;
					}
					Matcher sql = Pattern.compile("(?i)\\b(from|join|into|update|table)\\s+" + table + "\\b").matcher(code);
					if (sql.find()) {
						trespasses.add(SOURCES.relativize(file) + " (module " + module + ") names " + table
								+ ", a table of " + owner + ": \"" + sql.group() + "\"");
					}
				}
			}
		}
		assertThat(trespasses).as("SQL on another module's table (use its published API or its IndicatorCounts)").isEmpty();
	}

	@Test
	void theCheckSeesSqlOnAnotherModulesTable() {
		String code = withoutComments("""
				// select * from hate_report in a comment is not SQL
				jdbc.sql("select count(*) from hate_report where id > ?")""");
		assertThat(Pattern.compile("(?i)\\b(from|join|into|update|table)\\s+hate_report\\b").matcher(code).results().count())
			.isEqualTo(1);
	}

	/** The module owning a table, or null; {@link DataMapTests} files the data map by it. */
	static String owner(String table) {
		for (Map.Entry<String, List<String>> entry : OWNERS.entrySet()) {
			for (String pattern : entry.getValue()) {
				boolean matches = pattern.endsWith("*") ? table.startsWith(pattern.substring(0, pattern.length() - 1))
						: table.equals(pattern);
				if (matches) {
					return entry.getKey();
				}
			}
		}
		return null;
	}

	private static Set<String> createdTables() {
		Set<String> tables = new TreeSet<>();
		Pattern create = Pattern.compile("(?i)create table (?:if not exists )?([a-z_0-9]+)");
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".sql")).toList()) {
				create.matcher(Files.readString(file)).results().forEach(found -> tables.add(found.group(1).toLowerCase()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(tables).as("tables found in the migrations").contains("hate_report", "indicator_month");
		return tables;
	}

	private static String withoutComments(String code) {
		return code.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", " ");
	}

}

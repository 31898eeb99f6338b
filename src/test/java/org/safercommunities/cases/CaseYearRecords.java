package org.safercommunities.cases;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safercommunities.crypto.FieldEncryption;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seed 001's cases (4.1.1: "3602 cases between Apr 2022 – Mar 2023 … the previous reporting year of 2495"), bulk
 * inserted as valid open cases (as the case list's paging test does: thousands through the pages would take
 * minutes), in the financial year a test chooses and the one before it. Fig. 2's split by type is only in its chart,
 * so the split here is invented; the totals are the report's.
 */
public final class CaseYearRecords {

	/** Cases logged in the year, by case type (3602 in all). */
	public static final Map<String, Integer> THIS_YEAR = split(820, 1040, 410, 700, 42, 260, 29, 71, 230);

	/** Cases logged in the year before (2495 in all). */
	public static final Map<String, Integer> YEAR_BEFORE = split(610, 720, 300, 455, 35, 190, 25, 60, 100);

	private final JdbcTemplate jdbc;

	private final FieldEncryption encryption;

	private CaseYearRecords(ApplicationContext context) {
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.encryption = context.getBean(FieldEncryption.class);
	}

	public static CaseYearRecords from(ApplicationContext context) {
		return new CaseYearRecords(context);
	}

	/** The cases of the financial years starting in April {@code startYear} and a year earlier, spread over each. */
	public void seed(long organisationId, long ownerId, int startYear) {
		insert(organisationId, ownerId, LocalDate.of(startYear, 4, 1), THIS_YEAR);
		insert(organisationId, ownerId, LocalDate.of(startYear - 1, 4, 1), YEAR_BEFORE);
	}

	private void insert(long organisationId, long ownerId, LocalDate april, Map<String, Integer> byType) {
		String ownerName = encryption.encrypt("Seeded Officer");
		List<Object[]> rows = new ArrayList<>();
		int day = 0;
		for (Map.Entry<String, Integer> type : byType.entrySet()) {
			for (int i = 0; i < type.getValue(); i++) {
				LocalDate opened = april.plusDays(day++ % 365);
				rows.add(new Object[] { String.valueOf(opened.getYear()), type.getKey(), java.sql.Date.valueOf(opened),
						CaseTestData.WARD, ownerName, organisationId, ownerId,
						java.sql.Timestamp.from(opened.atTime(10, 0).toInstant(ZoneOffset.UTC)) });
			}
		}
		// The reference as the module gives it (C-<year>-<number>), its number from the module's own sequence.
		jdbc.batchUpdate("""
				insert into case_file (reference, type_code, title, status, opened_on, source, ward_code, owner_name,
				  owning_organisation_id, owner_user_id, opened_at, version)
				values ('C-' || ? || '-' || lpad(cast(nextval('case_file_reference_seq') as varchar), 6, '0'), ?,
				  'Seeded case', 'OPEN', ?, 'PHONE', ?, ?, ?, ?, ?, 0)""", rows);
	}

	private static Map<String, Integer> split(int... counts) {
		List<String> types = List.of("ASB_PERSONAL", "ASB_NUISANCE", "ASB_ENVIRONMENTAL", "FLY_TIPPING",
				"UNAUTHORISED_ENCAMPMENT", "MEMBER_ENQUIRY", "CS_MARAC", "HATE_CRIME", "OTHER");
		Map<String, Integer> byType = new LinkedHashMap<>();
		for (int i = 0; i < types.size(); i++) {
			byType.put(types.get(i), counts[i]);
		}
		return byType;
	}

}

package org.safercommunities.imports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.safercommunities.geography.Borough;
import org.safercommunities.geography.Geography;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Coverage recorded when a month's data changes ({@link #record}): street_crime_coverage holds each month's
 * rows by force, crime type and borough, so reading coverage never regroups street_crime. The boroughs a force
 * polices come from {@code safer.imports.force-areas} (London's two forces by default); a force not configured
 * polices the boroughs where it has the most rows of any force. A month holds every crime type when it has at
 * least {@code safer.imports.all-crime-types-at-least} police.uk types (a police.uk file has 14; a file
 * filtered to one type has 1). Hate crime counts are already one row per borough, strand and month, so their
 * months are read from hate_crime_count itself.
 */
@Component
class JdbcPoliceDataCoverage implements PoliceDataCoverage {

	/** London boroughs' GSS codes start so (E09000001 the City to E09000033 Westminster). */
	private static final String LONDON_BOROUGH = "E09";

	private final JdbcClient jdbc;

	private final Geography geography;

	private final ImportSettings settings;

	JdbcPoliceDataCoverage(JdbcClient jdbc, Geography geography, ImportSettings settings) {
		this.jdbc = jdbc;
		this.geography = geography;
		this.settings = settings;
	}

	/** Writes the coverage of one force's month from its rows now; run in the transaction that changed them. */
	void record(String forceCode, LocalDate month) {
		jdbc.sql("delete from street_crime_coverage where crime_month = ? and force_code = ?").params(month, forceCode)
			.update();
		jdbc.sql("""
				insert into street_crime_coverage (crime_month, force_code, import_id, crime_type, borough_code, row_count)
				select crime_month, force_code, import_id, crime_type, coalesce(borough_code, ''), count(*)
				from street_crime where crime_month = ? and force_code = ?
				group by crime_month, force_code, import_id, crime_type, coalesce(borough_code, '')""")
			.params(month, forceCode)
			.update();
	}

	private record Key(YearMonth month, String force) {
	}

	/** One force's month as recorded: the import holding it, rows by crime type and by borough. */
	record MonthHeld(YearMonth month, String forceCode, long importId, Map<String, Integer> rowsByType,
			Map<String, Integer> rowsByBorough) {

		int rows() {
			return rowsByType.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

	/** Every force's month held, oldest first. */
	List<MonthHeld> monthsHeld() {
		Map<Key, MonthHeld> months = new LinkedHashMap<>();
		jdbc.sql("""
				select crime_month, force_code, max(import_id), crime_type, borough_code, sum(row_count)
				from street_crime_coverage group by crime_month, force_code, crime_type, borough_code
				order by crime_month, force_code""")
			.query(rs -> {
				Key key = new Key(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getString(2));
				MonthHeld held = months.computeIfAbsent(key,
						k -> new MonthHeld(k.month(), k.force(), 0, new TreeMap<>(), new TreeMap<>()));
				long importId = Math.max(held.importId(), rs.getLong(3));
				if (importId != held.importId()) {
					held = new MonthHeld(held.month(), held.forceCode(), importId, held.rowsByType(), held.rowsByBorough());
					months.put(key, held);
				}
				int rows = rs.getInt(6);
				held.rowsByType().merge(rs.getString(4), rows, Integer::sum);
				if (!rs.getString(5).isEmpty()) {
					held.rowsByBorough().merge(rs.getString(5), rows, Integer::sum);
				}
			});
		return new ArrayList<>(months.values());
	}

	@Override
	public List<StreetFile> streetFiles() {
		List<MonthHeld> months = monthsHeld();
		Map<String, String> majorityForce = majorityForceOfEachBorough(months);
		List<StreetFile> files = new ArrayList<>();
		for (MonthHeld month : months) {
			Set<String> types = month.rowsByType().keySet();
			files.add(new StreetFile(month.month(), month.forceCode(), boroughsPolicedBy(month.forceCode(), majorityForce),
					types, holdsAllCrimeTypes(types)));
		}
		return files;
	}

	/** Whether a month with these crime types holds every crime type (not a file filtered to a few). */
	boolean holdsAllCrimeTypes(Set<String> types) {
		return types.stream().filter(StreetCrimeValidator.CRIME_TYPES::contains).count() >= settings.allCrimeTypesAtLeast();
	}

	/** The boroughs the force polices: configured, else where it has the most rows of any force. */
	Set<String> boroughsPolicedBy(String forceCode, Map<String, String> majorityForce) {
		Optional<ImportSettings.ForceArea> configured = configuredArea(forceCode);
		if (configured.isPresent()) {
			ImportSettings.ForceArea area = configured.get();
			Set<String> boroughs = new TreeSet<>(area.boroughs());
			if (area.london()) {
				for (Borough borough : geography.boroughs()) {
					if (borough.code().startsWith(LONDON_BOROUGH)) {
						boroughs.add(borough.code());
					}
				}
			}
			area.except().forEach(boroughs::remove);
			return boroughs;
		}
		Set<String> policed = new HashSet<>();
		majorityForce.forEach((borough, force) -> {
			if (force.equals(forceCode)) {
				policed.add(borough);
			}
		});
		return policed;
	}

	/** A configured key names the force's code or its start: "metropolitan" is metropolitan-police-service. */
	Optional<ImportSettings.ForceArea> configuredArea(String forceCode) {
		ImportSettings.ForceArea exact = settings.forceAreas().get(forceCode);
		if (exact != null) {
			return Optional.of(exact);
		}
		return settings.forceAreas()
			.entrySet()
			.stream()
			.filter(entry -> forceCode.startsWith(entry.getKey() + "-"))
			.max(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(String::length)))
			.map(Map.Entry::getValue);
	}

	private static Map<String, String> majorityForceOfEachBorough(List<MonthHeld> months) {
		Map<String, Map<String, Long>> rowsByBoroughAndForce = new TreeMap<>();
		for (MonthHeld month : months) {
			month.rowsByBorough().forEach((borough, rows) -> rowsByBoroughAndForce
				.computeIfAbsent(borough, b -> new TreeMap<>())
				.merge(month.forceCode(), (long) rows, Long::sum));
		}
		Map<String, String> forceOfBorough = new TreeMap<>();
		rowsByBoroughAndForce.forEach((borough, forces) -> forces.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.ifPresent(top -> forceOfBorough.put(borough, top.getKey())));
		return forceOfBorough;
	}

	@Override
	public List<HateCrimeMonth> hateCrimeMonths() {
		Map<YearMonth, Set<String>> months = new TreeMap<>();
		jdbc.sql("select distinct crime_month, borough_code from hate_crime_count where borough_code is not null")
			.query(rs -> {
				months.computeIfAbsent(YearMonth.from(rs.getObject(1, LocalDate.class)), m -> new HashSet<>())
					.add(rs.getString(2));
			});
		List<HateCrimeMonth> result = new ArrayList<>();
		months.forEach((month, boroughs) -> result.add(new HateCrimeMonth(month, boroughs)));
		return result;
	}

}

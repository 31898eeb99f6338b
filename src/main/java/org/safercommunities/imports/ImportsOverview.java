package org.safercommunities.imports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.safercommunities.geography.Borough;
import org.safercommunities.geography.Geography;
import org.springframework.stereotype.Component;

/**
 * What the imports pages show beside the import log: the data held month by month with its history, and the
 * before and after counts of a held file or a replacement.
 */
@Component
class ImportsOverview {

	/** A file holding this many crime types or fewer is named as filtered ("Burglary only"). */
	static final int FEW_TYPES = 3;

	private final JdbcPoliceDataCoverage coverage;

	private final StreetCrimeMonths streetMonths;

	private final HateCrimeMonths hateMonths;

	private final ImportLog log;

	private final Geography geography;

	ImportsOverview(JdbcPoliceDataCoverage coverage, StreetCrimeMonths streetMonths, HateCrimeMonths hateMonths,
			ImportLog log, Geography geography) {
		this.coverage = coverage;
		this.streetMonths = streetMonths;
		this.hateMonths = hateMonths;
		this.log = log;
		this.geography = geography;
	}

	/** One police.uk force's month held: rows, crime types, the import holding it and the earlier ones. */
	public record StreetMonth(YearMonth month, String forceCode, String forceName, int rows, List<String> crimeTypes,
			boolean allCrimeTypes, boolean fewCrimeTypes, Long importId, List<PoliceImport> history) {

		public String monthLabel() {
			return month.toString();
		}

	}

	/** Hate crime counts one import holds: its months, rows, boroughs and strands, and the earlier imports. */
	public record HateCrimeHeld(LocalDate first, LocalDate last, int rows, int boroughs, int strands, long importId,
			List<PoliceImport> history) {

		public String range() {
			return first.toString().substring(0, 7) + " to " + last.toString().substring(0, 7);
		}

	}

	/** A side-by-side comparison: area, category (crime type or strand), before, after. */
	public record Comparison(String categoryHeading, List<Line> lines, int totalBefore, int totalAfter) {

		public record Line(String area, String category, int before, int after) {

			public boolean changed() {
				return before != after;
			}

		}

		public boolean isEmpty() {
			return lines.isEmpty();
		}

	}

	List<StreetMonth> streetMonths() {
		List<StreetMonth> months = new ArrayList<>();
		for (JdbcPoliceDataCoverage.MonthHeld held : coverage.monthsHeld()) {
			List<PoliceImport> imports = log.ofMonth(ImportKind.POLICE_UK_STREET, held.forceCode(), held.month().atDay(1));
			String forceName = imports.stream().map(PoliceImport::forceName).filter(n -> n != null).findFirst()
				.orElse(held.forceCode());
			List<PoliceImport> history = imports.stream().filter(i -> i.id() != held.importId()).toList();
			List<String> types = new ArrayList<>(new TreeSet<>(held.rowsByType().keySet()));
			boolean all = coverage.holdsAllCrimeTypes(held.rowsByType().keySet());
			months.add(new StreetMonth(held.month(), held.forceCode(), forceName, held.rows(), types, all,
					!all && types.size() <= FEW_TYPES, held.importId(), history));
		}
		months.sort((a, b) -> b.month().compareTo(a.month()) != 0 ? b.month().compareTo(a.month())
				: a.forceCode().compareTo(b.forceCode()));
		return months;
	}

	List<HateCrimeHeld> hateCrime() {
		List<PoliceImport> all = log.ofKind(ImportKind.HATE_CRIME_COUNTS);
		List<HateCrimeHeld> held = new ArrayList<>();
		for (HateCrimeMonths.HeldCounts counts : hateMonths.heldByImport()) {
			held.add(new HateCrimeHeld(counts.first(), counts.last(), counts.rows(), counts.boroughs(), counts.strands(),
					counts.importId(), all.stream().filter(i -> i.id() != counts.importId()).toList()));
		}
		return held;
	}

	/**
	 * Before and after: for a held file, the data held now and the file's rows; for an applied replacement whose
	 * replaced rows are kept, those rows and the data now. Null when there is nothing to compare.
	 */
	Comparison compare(PoliceImport policeImport, int replacedRowsKept) {
		boolean held = policeImport.status() == ImportStatus.HELD;
		boolean replacement = policeImport.status() == ImportStatus.COMPLETED && replacedRowsKept > 0;
		if (!held && !replacement) {
			return null;
		}
		long id = policeImport.id();
		if (policeImport.kind() == ImportKind.POLICE_UK_STREET) {
			Map<List<String>, Integer> before = held
					? streetMonths.countsHeldNow(policeImport.forceCode(), policeImport.month())
					: streetMonths.countsReplacedBy(id);
			Map<List<String>, Integer> after = held ? streetMonths.countsOfHeld(id)
					: streetMonths.countsHeldNow(policeImport.forceCode(), policeImport.month());
			return comparison("imports.compare.crime-type", before, after, true);
		}
		Map<List<String>, Integer> before = held ? hateMonths.offencesHeldNowFor(id) : hateMonths.offencesReplacedBy(id);
		Map<List<String>, Integer> after = held ? hateMonths.offencesOfHeld(id) : hateMonths.offencesOf(id);
		return comparison("imports.compare.strand", before, after, false);
	}

	private Comparison comparison(String categoryHeading, Map<List<String>, Integer> before,
			Map<List<String>, Integer> after, boolean areaIsCode) {
		Map<List<String>, int[]> both = new TreeMap<>(StreetCrimeMonths.KEY_ORDER);
		before.forEach((key, n) -> both.computeIfAbsent(key, k -> new int[2])[0] = n);
		after.forEach((key, n) -> both.computeIfAbsent(key, k -> new int[2])[1] = n);
		Map<String, String> names = new LinkedHashMap<>();
		List<Comparison.Line> lines = new ArrayList<>();
		int totalBefore = 0;
		int totalAfter = 0;
		for (Map.Entry<List<String>, int[]> entry : both.entrySet()) {
			String area = entry.getKey().get(0);
			String name = areaIsCode ? names.computeIfAbsent(area, this::boroughName) : area;
			lines.add(new Comparison.Line(name, entry.getKey().get(1), entry.getValue()[0], entry.getValue()[1]));
			totalBefore += entry.getValue()[0];
			totalAfter += entry.getValue()[1];
		}
		return new Comparison(categoryHeading, lines, totalBefore, totalAfter);
	}

	/** The borough's name, its code when unknown, or empty for rows placed in no borough (the page says so). */
	private String boroughName(String code) {
		return code.isEmpty() ? "" : geography.borough(code).map(Borough::name).orElse(code);
	}

}

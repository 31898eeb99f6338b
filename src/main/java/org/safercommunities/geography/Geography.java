package org.safercommunities.geography;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The geography module's public API for places: which ward and borough a point or an LSOA lies in, London's
 * boroughs and their populations, and boundaries as GeoJSON for maps.
 * <p>
 * Ward boundaries are held for the partnership's own borough only; elsewhere the ward comes from the LSOA
 * look-up (ONS best fit of LSOA 2021 to ward 2025).
 */
@Service
@Transactional(readOnly = true)
public class Geography {

	/** Attribution the boundary data needs wherever it is shown. */
	public static final String BOUNDARY_ATTRIBUTION = "Contains National Statistics data © Crown copyright and "
			+ "database right; Contains OS data © Crown copyright and database right. Contains public sector "
			+ "information licensed under the Open Government Licence v3.0.";

	private final AreaIndex index;

	private final JdbcClient jdbc;

	Geography(AreaIndex index, JdbcClient jdbc) {
		this.index = index;
		this.jdbc = jdbc;
	}

	/**
	 * Loads the in-memory boundaries and look-up now (they are otherwise loaded on first use), so bulk callers
	 * pay for it before they start.
	 */
	public void prepare() {
		index.prepare();
	}

	/** The partnership borough's ward holding the point (longitude, latitude in WGS84), if any. */
	public Optional<Area> wardAt(double longitude, double latitude) {
		return index.wardAt(longitude, latitude).map(AreaIndex.Located::area);
	}

	/** The London borough holding the point, if any. */
	public Optional<Area> boroughAt(double longitude, double latitude) {
		return index.boroughAt(longitude, latitude).map(AreaIndex.Located::area);
	}

	/** A London LSOA 2021 by its ONS code (e.g. E01000248), with its best-fit ward and borough. */
	public Optional<Lsoa> lsoa(String code) {
		return code == null ? Optional.empty() : index.lsoa(code.strip());
	}

	/** The ward code for a police.uk LSOA code, from the look-up. */
	public Optional<String> wardCodeForLsoa(String lsoaCode) {
		return lsoa(lsoaCode).map(Lsoa::wardCode);
	}

	/**
	 * Ward and borough of a located record. The ward: by point in the stored ward boundaries first, then by
	 * the LSOA look-up. The borough: the stored ward's borough, else the LSOA's (LSOAs nest exactly in local
	 * authorities), else by point in the borough boundaries. Either or both of the point and the LSOA may be
	 * missing.
	 */
	public Placement place(Double longitude, Double latitude, String lsoaCode) {
		boolean located = longitude != null && latitude != null;
		if (located) {
			Optional<AreaIndex.Located> ward = index.wardAt(longitude, latitude);
			if (ward.isPresent()) {
				return new Placement(ward.get().area().code(), ward.get().boroughCode(), Placement.Method.POINT);
			}
		}
		Optional<Lsoa> lsoa = lsoa(lsoaCode);
		if (lsoa.isPresent()) {
			return new Placement(lsoa.get().wardCode(), lsoa.get().boroughCode(), Placement.Method.LSOA);
		}
		String borough = located ? index.boroughAt(longitude, latitude).map(found -> found.area().code()).orElse(null)
				: null;
		return borough == null ? Placement.NOWHERE : new Placement(null, borough, Placement.Method.NONE);
	}

	public List<Borough> boroughs() {
		return jdbc.sql("select code, name from borough order by name").query(Borough.class).list();
	}

	public Optional<Borough> borough(String code) {
		return jdbc.sql("select code, name from borough where code = ?").param(code).query(Borough.class).optional();
	}

	/** A borough by name, ignoring case, accents, punctuation and "&" for "and" ("Hammersmith & Fulham"). */
	public Optional<Borough> boroughNamed(String name) {
		String wanted = comparable(name);
		return boroughs().stream().filter(borough -> comparable(borough.name()).equals(wanted)).findFirst();
	}

	/** ONS mid-year population estimate of a borough, if known for that year. */
	public OptionalInt population(String boroughCode, int midYear) {
		return jdbc.sql("select population from borough_population where borough_code = ? and mid_year = ?")
			.params(boroughCode, midYear)
			.query(Integer.class)
			.optional()
			.map(OptionalInt::of)
			.orElse(OptionalInt.empty());
	}

	/**
	 * Every borough's population for a mid-year: that year's estimate, or the latest earlier one where that year
	 * is missing (2022 is, and the newest year lags), or the earliest one for a year before the data starts.
	 */
	public Map<String, Long> populations(int midYear) {
		Map<String, Long> populations = new HashMap<>();
		Map<String, Integer> years = new HashMap<>();
		jdbc.sql("select borough_code, mid_year, population from borough_population").query(rs -> {
			String code = rs.getString(1);
			int year = rs.getInt(2);
			Integer chosen = years.get(code);
			if (chosen == null || closer(year, chosen, midYear)) {
				years.put(code, year);
				populations.put(code, rs.getLong(3));
			}
		});
		return populations;
	}

	private static boolean closer(int candidate, int chosen, int wanted) {
		if (candidate <= wanted) {
			return chosen > wanted || candidate > chosen;
		}
		return chosen > wanted && candidate < chosen;
	}

	/**
	 * An estimate of every London ward's population (ward code → people) for rates on ward maps: its borough's
	 * population shared among the borough's wards by their number of LSOAs, which the ONS draws to hold similar
	 * numbers of residents (1,000 to 3,000). Good enough to shade a map; not an official estimate.
	 */
	public Map<String, Long> wardPopulationEstimates(int midYear) {
		Map<String, Long> boroughs = populations(midYear);
		Map<String, Long> lsoasInBorough = new HashMap<>();
		Map<String, Long> estimates = new HashMap<>();
		List<String[]> wards = new ArrayList<>();
		jdbc.sql("select ward_code, borough_code, count(*) from lsoa group by ward_code, borough_code").query(rs -> {
			wards.add(new String[] { rs.getString(1), rs.getString(2), Long.toString(rs.getLong(3)) });
			lsoasInBorough.merge(rs.getString(2), rs.getLong(3), Long::sum);
		});
		for (String[] ward : wards) {
			Long population = boroughs.get(ward[1]);
			if (population != null) {
				estimates.merge(ward[0], Math.round(population * Double.parseDouble(ward[2]) / lsoasInBorough.get(ward[1])),
						Long::sum);
			}
		}
		return estimates;
	}

	/** The partnership borough's ward boundaries as a GeoJSON FeatureCollection (properties code, name). */
	@PreAuthorize("isAuthenticated()")
	public String wardsGeoJson() {
		return featureCollection("select code, name, boundary_geojson from ward where boundary_geojson is not null "
				+ "order by code");
	}

	/** London's borough boundaries as a GeoJSON FeatureCollection (properties code, name). */
	@PreAuthorize("isAuthenticated()")
	public String boroughsGeoJson() {
		return featureCollection("select code, name, boundary_geojson from borough where boundary_geojson is not null "
				+ "order by code");
	}

	private String featureCollection(String sql) {
		StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"attribution\":")
			.append(quote(BOUNDARY_ATTRIBUTION))
			.append(",\"features\":[");
		jdbc.sql(sql).query(rs -> {
			if (json.charAt(json.length() - 1) != '[') {
				json.append(',');
			}
			json.append("{\"type\":\"Feature\",\"properties\":{\"code\":")
				.append(quote(rs.getString(1)))
				.append(",\"name\":")
				.append(quote(rs.getString(2)))
				.append("},\"geometry\":")
				.append(rs.getString(3))
				.append('}');
		});
		return json.append("]}").toString();
	}

	private static String quote(String text) {
		return tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(text);
	}

	static String comparable(String name) {
		String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", "");
	}

}

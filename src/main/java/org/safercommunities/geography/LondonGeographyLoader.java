package org.safercommunities.geography;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.locationtech.jts.geom.Geometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads London's boroughs (boundaries), their mid-year populations and the LSOA look-up from the bundled
 * open data on start. Idempotent: each table is filled only while it is empty, so a restart changes nothing.
 */
@Component
@Order(1)
class LondonGeographyLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(LondonGeographyLoader.class);

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final GeographySettings settings;

	private final AreaIndex index;

	LondonGeographyLoader(JdbcClient jdbc, JdbcTemplate template, GeographySettings settings, AreaIndex index) {
		this.jdbc = jdbc;
		this.template = template;
		this.settings = settings;
		this.index = index;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		boolean changed = loadBoroughs() | loadPopulation() | loadLsoas();
		if (changed) {
			index.reset();
		}
	}

	private boolean loadBoroughs() throws IOException {
		if (!available(settings.boroughsResource()) || count("borough") > 0) {
			return false;
		}
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, List<Geometry>> parts = new LinkedHashMap<>();
		try (InputStream in = settings.boroughsResource().getInputStream()) {
			for (JsonNode feature : JsonMapper.shared().readTree(in).path("features")) {
				String code = feature.path("properties").path(settings.boroughCodeProperty()).asString("").strip();
				String name = feature.path("properties").path(settings.boroughNameProperty()).asString("").strip();
				if (code.isEmpty() || name.isEmpty()) {
					continue;
				}
				names.putIfAbsent(code, name);
				if (feature.path("geometry").isObject()) {
					parts.computeIfAbsent(code, key -> new ArrayList<>()).add(GeoJson.read(feature.path("geometry")));
				}
			}
		}
		List<Object[]> rows = new ArrayList<>();
		names.forEach((code, name) -> rows.add(new Object[] { code, name,
				parts.containsKey(code) ? GeoJson.write(GeoJson.combine(parts.get(code))) : null }));
		template.batchUpdate("insert into borough (code, name, boundary_geojson) values (?, ?, ?)", rows);
		log.info("Loaded {} boroughs", rows.size());
		return true;
	}

	private boolean loadPopulation() throws IOException {
		if (!available(settings.populationResource()) || count("borough_population") > 0 || count("borough") == 0) {
			return false;
		}
		List<String> boroughs = jdbc.sql("select code from borough").query(String.class).list();
		List<Object[]> rows = new ArrayList<>();
		for (NamedCsvRecord record : read(settings.populationResource())) {
			String code = record.getField("code").strip();
			if (boroughs.contains(code)) {
				rows.add(new Object[] { code, Integer.parseInt(record.getField("year_mid").strip()),
						Integer.parseInt(record.getField("population").strip()) });
			}
		}
		template.batchUpdate("insert into borough_population (borough_code, mid_year, population) values (?, ?, ?)",
				rows);
		log.info("Loaded {} borough population estimates", rows.size());
		return true;
	}

	private boolean loadLsoas() throws IOException {
		if (!available(settings.lsoaLookupResource()) || count("lsoa") > 0) {
			return false;
		}
		Map<String, double[]> centroids = new HashMap<>();
		if (available(settings.lsoaCentroidsResource())) {
			for (NamedCsvRecord record : read(settings.lsoaCentroidsResource())) {
				centroids.put(record.getField("LSOA21CD").strip(),
						new double[] { Double.parseDouble(record.getField("centroid_lat")),
								Double.parseDouble(record.getField("centroid_lon")) });
			}
		}
		List<Object[]> rows = new ArrayList<>();
		for (NamedCsvRecord record : read(settings.lsoaLookupResource())) {
			String code = record.getField("LSOA21CD").strip();
			double[] centroid = centroids.get(code);
			rows.add(new Object[] { code, record.getField("LSOA21NM").strip(), record.getField("WD25CD").strip(),
					record.getField("WD25NM").strip(), record.getField("LAD25CD").strip(),
					record.getField("LAD25NM").strip(), centroid == null ? null : centroid[0],
					centroid == null ? null : centroid[1] });
		}
		template.batchUpdate("""
				insert into lsoa (code, name, ward_code, ward_name, borough_code, borough_name, centroid_lat, centroid_lon)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		log.info("Loaded {} LSOAs", rows.size());
		return true;
	}

	private static List<NamedCsvRecord> read(Resource resource) throws IOException {
		try (CsvReader<NamedCsvRecord> reader = CsvReader.builder()
			.detectBomHeader(true)
			.ofNamedCsvRecord(resource.getInputStream(), StandardCharsets.UTF_8)) {
			return reader.stream().toList();
		}
	}

	private int count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

	private static boolean available(Resource resource) {
		return resource != null && resource.exists();
	}

}

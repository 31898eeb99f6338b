package org.safercommunities.geography;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the borough's wards and their boundaries from its boundary file at start, so every deployment (not
 * only the demo) knows its wards. Idempotent: a ward already stored is kept, and only a missing boundary is
 * filled in. A file may hold one ward in several features (multi-part wards): their polygons are combined.
 */
@Component
@Order(0)
class WardBoundaryLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(WardBoundaryLoader.class);

	private final JdbcClient jdbc;

	private final GeographySettings settings;

	private final AreaIndex index;

	WardBoundaryLoader(JdbcClient jdbc, GeographySettings settings, AreaIndex index) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.index = index;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		if (settings.wardsResource() == null || !settings.wardsResource().exists()) {
			return;
		}
		int missing = jdbc.sql("select count(*) from ward where boundary_geojson is null").query(Integer.class).single();
		int stored = jdbc.sql("select count(*) from ward").query(Integer.class).single();
		if (stored > 0 && missing == 0) {
			return;
		}
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, List<Geometry>> parts = new LinkedHashMap<>();
		try (InputStream in = settings.wardsResource().getInputStream()) {
			for (JsonNode feature : JsonMapper.shared().readTree(in).path("features")) {
				JsonNode properties = feature.path("properties");
				String code = properties.path(settings.wardCodeProperty()).asString("").strip();
				String name = properties.path(settings.wardNameProperty()).asString("").strip();
				if (code.isEmpty() || name.isEmpty()) {
					continue;
				}
				names.putIfAbsent(code, name);
				if (feature.path("geometry").isObject()) {
					parts.computeIfAbsent(code, key -> new ArrayList<>()).add(GeoJson.read(feature.path("geometry")));
				}
			}
		}
		int added = 0;
		for (Map.Entry<String, String> ward : names.entrySet()) {
			String boundary = parts.containsKey(ward.getKey()) ? GeoJson.write(GeoJson.combine(parts.get(ward.getKey())))
					: null;
			int updated = jdbc.sql("update ward set boundary_geojson = ? where code = ? and boundary_geojson is null")
				.params(boundary, ward.getKey())
				.update();
			if (updated == 0 && jdbc.sql("select count(*) from ward where code = ?").param(ward.getKey())
				.query(Integer.class).single() == 0) {
				jdbc.sql("""
						insert into ward (code, name, borough_code, borough_name, boundary_geojson)
						values (?, ?, ?, ?, ?)""")
					.params(ward.getKey(), ward.getValue(), settings.boroughCode(), settings.boroughName(), boundary)
					.update();
				added++;
			}
		}
		index.reset();
		log.info("Loaded {} wards of {} ({} new)", names.size(), settings.boroughName(), added);
	}

}

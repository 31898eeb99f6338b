package org.safercommunities.geography;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the borough's wards from its boundary file on first start, so every deployment (not only the demo)
 * knows its wards. A file may hold one ward in several features (multi-part wards): each code is kept once.
 */
@Component
@Order(0)
class WardBoundaryLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(WardBoundaryLoader.class);

	private final WardRepository wards;

	private final GeographySettings settings;

	WardBoundaryLoader(WardRepository wards, GeographySettings settings) {
		this.wards = wards;
		this.settings = settings;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		if (wards.count() > 0 || settings.wardsResource() == null || !settings.wardsResource().exists()) {
			return;
		}
		Map<String, Ward> byCode = new LinkedHashMap<>();
		try (InputStream in = settings.wardsResource().getInputStream()) {
			for (JsonNode feature : JsonMapper.shared().readTree(in).path("features")) {
				JsonNode properties = feature.path("properties");
				String code = properties.path(settings.wardCodeProperty()).asString("").strip();
				String name = properties.path(settings.wardNameProperty()).asString("").strip();
				if (!code.isEmpty() && !name.isEmpty()) {
					byCode.putIfAbsent(code, new Ward(code, name, settings.boroughCode(), settings.boroughName()));
				}
			}
		}
		wards.saveAll(byCode.values());
		log.info("Loaded {} wards of {}", byCode.size(), settings.boroughName());
	}

}

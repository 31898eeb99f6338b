package org.safercommunities.geography;

import java.time.Duration;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The borough's ward boundaries as GeoJSON, public (Open Government Licence data) and cacheable, so maps work
 * without any internet tile server.
 */
@RestController
class WardBoundariesController {

	private final GeographySettings settings;

	WardBoundariesController(GeographySettings settings) {
		this.settings = settings;
	}

	@GetMapping("/geography/wards.geojson")
	ResponseEntity<Resource> wards() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/geo+json"))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.body(settings.wardsResource());
	}

}

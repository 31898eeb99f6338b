package org.safercommunities.geography;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Boundaries as GeoJSON for the staff maps. */
@Controller
@RequestMapping("/staff/geography")
@PreAuthorize("isAuthenticated()")
class GeographyController {

	static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	private final Geography geography;

	GeographyController(Geography geography) {
		this.geography = geography;
	}

	@GetMapping("/wards.geojson")
	ResponseEntity<String> wards() {
		return geoJson(geography.wardsGeoJson());
	}

	@GetMapping("/boroughs.geojson")
	ResponseEntity<String> boroughs() {
		return geoJson(geography.boroughsGeoJson());
	}

	private static ResponseEntity<String> geoJson(String body) {
		return ResponseEntity.ok().contentType(GEO_JSON).cacheControl(CacheControl.noCache().cachePrivate()).body(body);
	}

}

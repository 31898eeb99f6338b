package org.safercommunities.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.safercommunities.reporting.ReportingSettings;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import tools.jackson.databind.json.JsonMapper;

/**
 * The public directory: a searchable list (the primary view, no JavaScript needed), one page per entry, and a
 * map of the same results drawn over the ward boundaries, with the list as its fallback.
 */
@Controller
@RequestMapping("/directory")
class DirectoryController {

	private final DirectorySearch search;

	private final ReportingSettings reporting;

	DirectoryController(DirectorySearch search, ReportingSettings reporting) {
		this.search = search;
		this.reporting = reporting;
	}

	@GetMapping
	String list(@ModelAttribute("filter") DirectoryFilter filter, Model model) {
		addResults(filter, model);
		return "directory/list";
	}

	@GetMapping("/map")
	String map(@ModelAttribute("filter") DirectoryFilter filter, Model model) {
		addResults(filter, model);
		model.addAttribute("mapData", "/directory/map.geojson" + queryOf(filter));
		model.addAttribute("listLink", "/directory" + queryOf(filter));
		return "directory/map";
	}

	/** The matching entries that have a map point, as GeoJSON points (public details only). */
	@GetMapping("/map.geojson")
	ResponseEntity<String> mapData(@ModelAttribute("filter") DirectoryFilter filter) {
		List<Map<String, Object>> features = search.search(filter).stream()
			.filter(entry -> entry.getLatitude() != null && entry.getLongitude() != null)
			.map(entry -> Map.<String, Object>of("type", "Feature",
					"geometry", Map.of("type", "Point", "coordinates", List.of(entry.getLongitude(), entry.getLatitude())),
					"properties", Map.of("name", entry.getName(), "type", entry.getType().code(),
							"path", "/directory/" + entry.getSlug())))
			.toList();
		String json = JsonMapper.shared().writeValueAsString(Map.of("type", "FeatureCollection", "features", features));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/geo+json"))
			.cacheControl(CacheControl.noCache())
			.body(json);
	}

	@GetMapping("/{slug}")
	String entry(@PathVariable String slug, Model model) {
		DirectoryEntry entry = search.publicEntry(slug).orElseThrow(DirectoryManagement.NotFound::new);
		model.addAttribute("entry", entry);
		model.addAttribute("wardNames", search.wardNames());
		return "directory/entry";
	}

	private void addResults(DirectoryFilter filter, Model model) {
		List<DirectoryEntry> results = search.search(filter);
		model.addAttribute("results", results);
		model.addAttribute("filtered", !filter.isEmpty());
		model.addAttribute("query", queryOf(filter));
		model.addAttribute("wards", search.wards());
		model.addAttribute("wardNames", search.wardNames());
		model.addAttribute("types", Arrays.stream(EntryType.values()).map(EntryType::code).toList());
		model.addAttribute("strands", reporting.strands());
		TreeSet<String> languages = new TreeSet<>();
		search.search(DirectoryFilter.ANY).forEach(entry -> languages.addAll(entry.getLanguages()));
		languages.remove("en");
		model.addAttribute("languageCodes", languages);
		model.addAttribute("accessFeatures", AccessFeature.codes());
	}

	private static String queryOf(DirectoryFilter filter) {
		StringBuilder query = new StringBuilder();
		append(query, "q", filter.q());
		append(query, "ward", filter.ward());
		append(query, "type", filter.type());
		append(query, "strand", filter.strand());
		append(query, "language", filter.language());
		append(query, "access", filter.access());
		return query.isEmpty() ? "" : "?" + query;
	}

	private static void append(StringBuilder query, String name, String value) {
		if (value != null && !value.isBlank()) {
			query.append(query.isEmpty() ? "" : "&").append(name).append('=')
				.append(java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
		}
	}

}

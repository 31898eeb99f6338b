package org.safercommunities.performance;

import org.safercommunities.shared.UkDates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Public open data: the latest release (each indicator's twelve months, small numbers suppressed) as pages and CSV,
 * and every earlier release.
 */
@Controller
@RequestMapping("/open-data")
class OpenDataController {

	private final OpenDataReleases releases;

	private final OpenData openData;

	private final Indicators indicators;

	OpenDataController(OpenDataReleases releases, OpenData openData, Indicators indicators) {
		this.releases = releases;
		this.openData = openData;
		this.indicators = indicators;
	}

	@GetMapping
	String latest(Model model) {
		releases.publishDueQuietly();
		return show(releases.latest(), model);
	}

	@GetMapping("/releases")
	String releases(Model model) {
		model.addAttribute("releases", releases.all());
		return "performance/open-data-releases";
	}

	@GetMapping("/releases/{month}")
	String release(@PathVariable String month, Model model) {
		return show(Optional.of(release(month)), model);
	}

	@GetMapping("/{code}.csv")
	void latestCsv(@PathVariable String code, HttpServletResponse response) throws IOException {
		releases.publishDueQuietly();
		OpenDataReleases.Release release = releases.latest()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		csv(release, code, response);
	}

	@GetMapping("/releases/{month}/{code}.csv")
	void releaseCsv(@PathVariable String month, @PathVariable String code, HttpServletResponse response)
			throws IOException {
		csv(release(month), code, response);
	}

	private String show(Optional<OpenDataReleases.Release> release, Model model) {
		model.addAttribute("release", release.orElse(null));
		model.addAttribute("tables", release.map(found -> releases.tables(found, indicators)).orElse(java.util.List.of()));
		model.addAttribute("indicators", indicators.all().stream()
			.collect(java.util.stream.Collectors.toMap(Indicator::code, indicator -> indicator)));
		model.addAttribute("nextRelease", releases.dueOn(releases.dueMonth().plusMonths(1)));
		model.addAttribute("earlier", releases.all().size() > 1);
		model.addAttribute("threshold", openData.threshold());
		model.addAttribute("noData", SuppressedTable.NO_DATA);
		return "performance/open-data";
	}

	private OpenDataReleases.Release release(String month) {
		return UkDates.parseMonthParam(month)
			.flatMap(releases::find)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private void csv(OpenDataReleases.Release release, String code, HttpServletResponse response) throws IOException {
		OpenDataReleases.Table table = releases.table(release, code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"" + code + "-" + table.periodEnd() + "-release-" + release.month() + ".csv\"");
		byte[] body = table.csv().getBytes(StandardCharsets.UTF_8);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}

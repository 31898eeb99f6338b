package org.safercommunities.performance;

import org.safercommunities.shared.UkDates;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The dashboard pages for analysts and the board; every filter is a plain GET form. */
@Controller
@RequestMapping("/staff/dashboard")
@PreAuthorize("hasAnyRole('ANALYST', 'OFFICER', 'BOARD')")
class DashboardController {

	private static final CommentaryFormValidator COMMENTARY_RULES = new CommentaryFormValidator();

	private final Dashboard dashboard;

	private final IndicatorPages pages;

	private final HotSpots hotSpots;

	private final CommentaryManagement commentary;

	private final MessageSource messages;

	DashboardController(Dashboard dashboard, IndicatorPages pages, HotSpots hotSpots, CommentaryManagement commentary,
			MessageSource messages) {
		this.dashboard = dashboard;
		this.pages = pages;
		this.hotSpots = hotSpots;
		this.commentary = commentary;
		this.messages = messages;
	}

	@GetMapping
	String overview(@RequestParam(required = false) String period, @RequestParam(required = false) String area,
			Model model) {
		model.addAttribute("page", dashboard.overview(UkDates.parseMonthParam(period), area));
		return "performance/overview";
	}

	@GetMapping("/hot-spots")
	String hotSpots(@RequestParam(required = false) String indicator, @RequestParam(required = false) String period,
			@RequestParam(required = false) String strand, Model model) {
		Indicator chosen = dashboard.indicator(indicator == null ? "police-hate-crime" : indicator)
			.filter(found -> found.source().collected() && !found.ratio())
			.or(() -> dashboard.indicator("police-hate-crime"))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		IndicatorCoverage.AreaCoverage covered = dashboard.coverageAnywhere(chosen);
		model.addAttribute("indicator", chosen);
		model.addAttribute("indicators", dashboard.indicatorsWithData());
		model.addAttribute("strand", strand == null ? "" : strand);
		model.addAttribute("strands", dashboard.strands(chosen).stream()
			.map(code -> new IndicatorPage.Choice(code, dashboard.strandLabel(chosen, code)))
			.toList());
		if (!covered.isEmpty()) {
			YearMonth periodEnd = Dashboard.periodEnd(UkDates.parseMonthParam(period), covered);
			model.addAttribute("periodEnd", periodEnd);
			model.addAttribute("periodLabel", UkDates.month(periodEnd));
			model.addAttribute("periods", Dashboard.periodChoices(
					Map.of(chosen.code(), covered.range())));
			HotSpots.Result spots = hotSpots.of(chosen, periodEnd, Optional.ofNullable(strand).filter(s -> !s.isBlank()));
			model.addAttribute("spots", spots.strands());
			model.addAttribute("spotsLeftOut", spots.leftOut());
		}
		model.addAttribute("attribution", chosen.source().attributionKey());
		return "performance/hot-spots";
	}

	@GetMapping("/{code}")
	String indicator(@PathVariable String code, @RequestParam(required = false) String period,
			@RequestParam(required = false) String area, @RequestParam(required = false) String strand,
			@RequestParam(required = false) String chart, @RequestParam(required = false) String generate,
			Locale locale, Model model) {
		IndicatorPage page = pages.page(code, UkDates.parseMonthParam(period), area, strand, "laney".equals(chart))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("page", page);
		// "Generate a draft" fills the box from the figures; otherwise it holds the saved draft, if any.
		model.addAttribute("commentaryText", (generate != null) ? pages.generatedDraft(page, locale).orElse("")
				: page.draft().map(Commentary::body).orElse(""));
		return "performance/indicator";
	}

	@GetMapping("/{code}.csv")
	@PreAuthorize("hasAnyRole('ANALYST', 'OFFICER')")
	void csv(@PathVariable String code, @RequestParam(required = false) String area,
			@RequestParam(required = false) String strand, HttpServletResponse response) throws IOException {
		Export export = export(code, area, strand);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + export.fileName("csv") + "\"");
		OutputStreamWriter writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		if (export.indicator().ratio()) {
			SeriesExport.csvRatio(export.indicator(), export.area(), export.strand(),
					dashboard.proportions(export.indicator(), export.area(), export.strand()), writer);
		}
		else {
			SeriesExport.csv(export.indicator(), export.area(), export.strand(), export.series(), writer);
		}
		writer.flush();
	}

	@GetMapping("/{code}.xlsx")
	@PreAuthorize("hasAnyRole('ANALYST', 'OFFICER')")
	void xlsx(@PathVariable String code, @RequestParam(required = false) String area,
			@RequestParam(required = false) String strand, HttpServletResponse response) throws IOException {
		Export export = export(code, area, strand);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + export.fileName("xlsx") + "\"");
		if (export.indicator().ratio()) {
			SeriesExport.xlsxRatio(export.indicator(), export.area(), export.strand(),
					dashboard.proportions(export.indicator(), export.area(), export.strand()), response.getOutputStream());
			return;
		}
		String key = export.indicator().source().attributionKey();
		SeriesExport.xlsx(export.indicator(), export.area(), export.strand(), export.series(),
				key == null ? null : messages.getMessage(key, null, Locale.UK), response.getOutputStream());
	}

	private record Export(Indicator indicator, AreaChoice area, String strand, Map<YearMonth, Optional<Long>> series) {

		String fileName(String extension) {
			return indicator.code() + "-" + area.code() + (Indicator.ALL_STRANDS.equals(strand) ? ""
					: "-" + strand.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")) + "." + extension;
		}

	}

	private Export export(String code, String areaCode, String strand) {
		Indicator indicator = dashboard.indicator(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		AreaChoice area = dashboard.areas().resolve(areaCode, indicator.hasWards());
		String chosen = dashboard.strands(indicator).contains(strand) ? strand : Indicator.ALL_STRANDS;
		return new Export(indicator, area, chosen, dashboard.series(indicator, area, chosen));
	}

	@PostMapping("/{code}/commentary")
	@PreAuthorize("hasRole('ANALYST')")
	String commentary(@PathVariable String code, @RequestParam String area, @RequestParam String period,
			@ModelAttribute("commentaryForm") CommentaryForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		Indicator indicator = dashboard.indicator(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		YearMonth month = UkDates.parseMonthParam(period).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		AreaChoice chosen = dashboard.areas().resolve(area, indicator.hasWards());
		String body = form.getBody();
		COMMENTARY_RULES.validate(form, result);
		if (result.hasErrors()) {
			// The page again, with the GOV.UK error summary and what was typed
			IndicatorPage page = pages.page(code, Optional.of(month), chosen.code(), null, false)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
			model.addAttribute("page", page);
			model.addAttribute("commentaryText", body == null ? "" : body);
			return "performance/indicator";
		}
		if ("publish".equals(action)) {
			commentary.publish(indicator.code(), chosen.code(), month, body);
			redirect.addFlashAttribute("flashSuccess", messages.getMessage("performance.commentary.published", null,
					Locale.UK));
		}
		else {
			commentary.saveDraft(indicator.code(), chosen.code(), month, body);
			redirect.addFlashAttribute("flashSuccess", messages.getMessage("performance.commentary.saved", null,
					Locale.UK));
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/staff/dashboard/{code}")
			.queryParam("area", chosen.code())
			.queryParam("period", month.toString())
			.buildAndExpand(code)
			.encode()
			.toUriString() + "#commentary";
	}

}

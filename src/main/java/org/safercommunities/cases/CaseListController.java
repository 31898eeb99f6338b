package org.safercommunities.cases;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.safercommunities.geography.Ward;
import org.safercommunities.geography.Wards;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.shared.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The case list with its search, filters and paging, and the same list as CSV (only what the person may see). */
@Controller
@RequestMapping("/staff/cases")
@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
class CaseListController {

	private static final List<String> CSV_HEADER = List.of("reference", "type", "status", "ward", "owner",
			"opened_on", "owning_organisation", "locked_share", "repeat_place");

	private final CaseSearch search;

	private final CaseTypes types;

	private final Wards wards;

	private final Organisations organisations;

	private final RepeatPlaces places;

	CaseListController(CaseSearch search, CaseTypes types, Wards wards, Organisations organisations,
			RepeatPlaces places) {
		this.search = search;
		this.places = places;
		this.types = types;
		this.wards = wards;
		this.organisations = organisations;
	}

	@GetMapping
	String list(CaseQuery query, Model model) {
		model.addAttribute("query", query);
		model.addAttribute("page", search.search(query));
		model.addAttribute("types", types.all());
		model.addAttribute("typeNames", types.names());
		model.addAttribute("wards", wards.all());
		model.addAttribute("wardNames", wardNames());
		model.addAttribute("organisationNames", organisationNames());
		model.addAttribute("statuses", CaseCodes.Status.values());
		model.addAttribute("owners", search.owners());
		model.addAttribute("placeMonths", places.months());
		model.addAttribute("canOpen", CurrentActor.require().hasAnyRole(org.safercommunities.shared.Role.OFFICER,
				org.safercommunities.shared.Role.POLICE));
		return "cases/list";
	}

	/** The list as CSV: the same rows as the page, and for a locked share only the reference and type. */
	@GetMapping("/export.csv")
	void csv(CaseQuery query, HttpServletResponse response) throws IOException {
		List<CaseRow> rows = search.export(query);
		Map<String, String> typeNames = types.names();
		Map<String, String> wardNames = wardNames();
		Map<Long, String> organisationNames = organisationNames();
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"cases.csv\"");
		response.setHeader("Cache-Control", "no-store");
		OutputStreamWriter out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		CsvWriter csv = CsvWriter.builder().build(out);
		csv.writeRecord(CSV_HEADER);
		for (CaseRow row : rows) {
			String type = typeNames.getOrDefault(row.typeCode(), row.typeCode());
			if (row.locked()) {
				csv.writeRecord(List.of(row.reference(), safe(type), "", "", "", "", "", "yes", ""));
			}
			else {
				csv.writeRecord(List.of(row.reference(), safe(type), row.status().name(),
						row.wardCode() == null ? "" : safe(wardNames.getOrDefault(row.wardCode(), row.wardCode())),
						safe(row.ownerName()), row.openedOn().toString(),
						safe(organisationNames.getOrDefault(row.owningOrganisationId(), "")), "no",
						row.repeatPlace() ? "yes" : "no"));
			}
		}
		csv.flush();
		out.flush();
	}

	/** A cell a spreadsheet would read as a formula is given a leading apostrophe (CSV injection). */
	static String safe(String cell) {
		if (cell == null) {
			return "";
		}
		return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
	}

	private Map<String, String> wardNames() {
		return wards.all().stream().collect(Collectors.toMap(Ward::getCode, Ward::getName));
	}

	private Map<Long, String> organisationNames() {
		return organisations.all().stream().collect(Collectors.toMap(Organisation::getId, Organisation::getName));
	}

}

package org.safercommunities.cases;

import java.util.List;
import java.util.Map;

import org.safercommunities.audit.ShowsPersonalData;
import org.safercommunities.cases.CasePage.PartyView;
import org.safercommunities.cases.CaseActions.ActionView;
import org.safercommunities.cases.CaseWorkSections.RiskView;
import org.safercommunities.shared.CurrentActor;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases as JSON for partners' systems, read with the same rule and the same readers as the pages: the list is the
 * case list's search (a locked row carries reference and type only), one case is what its page shows (whole, or for a
 * locked share the parties' names and the agencies involved). Each read is audited as the page's is. Never cached.
 */
@RestController
@RequestMapping("/staff/api/cases")
@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
class CaseApiController {

	private final CaseFiles cases;

	private final CaseSearch search;

	private final CasePage page;

	private final CaseTypes types;

	CaseApiController(CaseFiles cases, CaseSearch search, CasePage page, CaseTypes types) {
		this.cases = cases;
		this.search = search;
		this.page = page;
		this.types = types;
	}

	@GetMapping
	ResponseEntity<CaseList> list(CaseQuery query) {
		CaseSearch.Page found = search.search(query);
		Map<String, String> typeNames = types.names();
		List<ListedCase> rows = found.rows().stream().map(row -> ListedCase.of(row, typeNames)).toList();
		return uncached(new CaseList(found.total(), found.more(), found.number(), found.pages(), rows));
	}

	@ShowsPersonalData("case_file")
	@GetMapping("/{id}")
	ResponseEntity<Object> one(@PathVariable long id) {
		CaseFile file = cases.openPage(id);
		ExtendedModelMap model = new ExtendedModelMap();
		if (!CaseAccess.seesWholeCase(CurrentActor.require(), file)) {
			page.lockedView(file, model);
			return uncached(new LockedCase(file.getReference(), true, strings(model, "names"), strings(model, "agencies")));
		}
		page.wholeCase(file, model, false);
		return uncached(WholeCase.of(file, model));
	}

	private static <T> ResponseEntity<T> uncached(T body) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(ExtendedModelMap model, String name) {
		return (List<String>) model.get(name);
	}

	/** {@code totalAtLeast}: more cases match than {@code total} (the list counts up to a limit), and {@code pages} is a lower bound too. */
	record CaseList(long total, boolean totalAtLeast, int page, int pages, List<ListedCase> cases) {
	}

	record ListedCase(String reference, String type, String status, String wardCode, String owner, String openedOn,
			boolean locked, boolean repeatPlace) {

		static ListedCase of(CaseRow row, Map<String, String> typeNames) {
			String type = typeNames.getOrDefault(row.typeCode(), row.typeCode());
			if (row.locked()) {
				return new ListedCase(row.reference(), type, null, null, null, null, true, false);
			}
			return new ListedCase(row.reference(), type, row.status().name(), row.wardCode(), row.ownerName(),
					row.openedOn().toString(), false, row.repeatPlace());
		}

	}

	record LockedCase(String reference, boolean locked, List<String> names, List<String> agencies) {
	}

	record WholeCase(String reference, boolean locked, String type, String title, String status, String wardCode,
			String ward, String place, String account, String owner, String openedOn, List<Party> parties,
			List<String> reports, String riskLevel, List<Action> actions, List<Entry> timeline) {

		@SuppressWarnings("unchecked")
		static WholeCase of(CaseFile file, ExtendedModelMap model) {
			RiskView risk = (RiskView) model.get("risk");
			List<Party> parties = ((List<PartyView>) model.get("parties")).stream()
				.map(view -> new Party(view.person().displayName(), view.party().getRole().name(), view.repeatVictim(),
						view.safeguarding()))
				.toList();
			List<Action> actions = ((List<ActionView>) model.get("caseActions")).stream()
				.map(action -> new Action(action.what(), action.ownerOrganisation(), action.ownerPerson(),
						action.dueOn() == null ? null : action.dueOn().toString(), action.status().name(), action.overdue()))
				.toList();
			List<Entry> timeline = ((List<TimelineEntry>) model.get("timeline")).stream()
				.map(entry -> new Entry(entry.recordedAt().toString(), entry.kind().name(), entry.summary()))
				.toList();
			return new WholeCase(file.getReference(), false, (String) model.get("typeName"), file.getTitle(),
					file.getStatus().name(), file.getWardCode(), (String) model.get("wardName"), file.getPlaceDescription(),
					file.getAccount(), file.getOwnerName(), file.getOpenedOn().toString(), parties,
					file.getReports().stream().map(LinkedReport::reference).toList(),
					risk == null ? null : risk.level().name(), actions, timeline);
		}

	}

	record Party(String name, String role, boolean repeatVictim, boolean safeguarding) {
	}

	record Action(String what, String ownerOrganisation, String ownerPerson, String dueOn, String status,
			boolean overdue) {
	}

	record Entry(String at, String kind, String summary) {
	}

}

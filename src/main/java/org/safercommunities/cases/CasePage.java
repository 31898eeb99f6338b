package org.safercommunities.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safercommunities.cases.CaseForms.CloseForm;
import org.safercommunities.cases.CaseForms.LinkCaseForm;
import org.safercommunities.cases.CaseForms.LinkReportForm;
import org.safercommunities.cases.CaseForms.NoteForm;
import org.safercommunities.cases.CaseForms.PartyForm;
import org.safercommunities.cases.CaseForms.ShareForm;
import org.safercommunities.cases.CaseForms.StatusForm;
import org.safercommunities.geography.Ward;
import org.safercommunities.geography.Wards;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.people.Involvement.PartyRole;
import org.safercommunities.people.MatchSuggestion;
import org.safercommunities.people.People;
import org.safercommunities.people.PersonDetails;
import org.safercommunities.people.PersonDetails.Vulnerability;
import org.safercommunities.people.PersonSummary;
import org.safercommunities.shared.UkDates;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;

/**
 * What the case page shows: the whole case (its sections, each with an id, and for those who work on it the forms),
 * or the locked view (the parties' names and the agencies involved, nothing else). Further sections (risk, actions,
 * reviews, the Victims' Code) add their model here and a fragment to {@code cases/show.html}.
 */
@Component
class CasePage {

	private final People people;

	private final CaseTypes types;

	private final CaseTimeline timeline;

	private final CaseFileRepository cases;

	private final Wards wards;

	private final Organisations organisations;

	private final CaseWorkSections work;

	private final RepeatPlaces places;

	private final List<CasePageSuggestions> suggestions;

	private final ObjectProvider<ReferralsOfCase> referrals;

	private final List<CaseActionsElsewhere> actionsElsewhere;

	CasePage(People people, CaseTypes types, CaseTimeline timeline, CaseFileRepository cases, Wards wards,
			Organisations organisations, CaseWorkSections work, RepeatPlaces places,
			List<CasePageSuggestions> suggestions, ObjectProvider<ReferralsOfCase> referrals,
			List<CaseActionsElsewhere> actionsElsewhere) {
		this.actionsElsewhere = actionsElsewhere;
		this.work = work;
		this.places = places;
		this.suggestions = suggestions;
		this.referrals = referrals;
		this.people = people;
		this.types = types;
		this.timeline = timeline;
		this.cases = cases;
		this.wards = wards;
		this.organisations = organisations;
	}

	@Transactional // the people module audits the summaries it reads, in this transaction
	void wholeCase(CaseFile file, Model model, boolean canWork) {
		model.addAttribute("caseFile", file);
		model.addAttribute("canWork", canWork);
		model.addAttribute("typeName", types.find(file.getTypeCode()).map(CaseType::getName).orElse(file.getTypeCode()));
		model.addAttribute("wardName", file.getWardCode() == null ? null
				: wards.find(file.getWardCode()).map(Ward::getName).orElse(file.getWardCode()));
		Map<Long, String> organisationNames = organisationNames();
		model.addAttribute("organisationNames", organisationNames);
		List<PartyView> parties = parties(file);
		model.addAttribute("parties", parties);
		model.addAttribute("linkedCases", linkedCases(file));
		model.addAttribute("repeatPlace", places.of(file));
		model.addAttribute("actionsElsewhere",
				actionsElsewhere.stream().flatMap(source -> source.actionsOn(file).stream()).toList());
		model.addAttribute("today", java.time.LocalDate.now(org.safercommunities.shared.UkTime.ZONE));
		List<TimelineEntry> entries = timeline.entries(file.getId());
		model.addAttribute("timeline", entries);
		model.addAttribute("openedOn", UkDates.day(file.getOpenedOn()));
		model.addAttribute("closedOn", file.getClosedOn() == null ? null : UkDates.day(file.getClosedOn()));
		work.addTo(file, model, entries);
		model.addAttribute("suggestions", suggestions(file, parties, model));
		ReferralsOfCase referralsOfCase = referrals.getIfAvailable();
		model.addAttribute("caseReferrals", referralsOfCase == null ? List.of() : referralsOfCase.of(file.getId()));
		if (canWork) {
			defaultForm(model, "statusForm", new StatusForm());
			defaultForm(model, "noteForm", new NoteForm());
			defaultForm(model, "partyForm", new PartyForm());
			defaultForm(model, "shareForm", new ShareForm());
			defaultForm(model, "closeForm", new CloseForm());
			defaultForm(model, "linkReportForm", new LinkReportForm());
			defaultForm(model, "linkCaseForm", new LinkCaseForm());
			model.addAttribute("partyRoles", PartyRole.values());
			model.addAttribute("shareLevels", CaseCodes.ShareLevel.values());
			model.addAttribute("outcomes", CaseCodes.Outcome.values());
			model.addAttribute("openStatuses", List.of(CaseCodes.Status.OPEN, CaseCodes.Status.UNDER_REVIEW));
			model.addAttribute("shareOrganisations", organisations.active().stream()
				.filter(organisation -> organisation.getId() != file.getOwningOrganisationId())
				.toList());
			model.addAttribute("partyMatches", partyMatches(model));
		}
	}

	/** A locked share: who the parties are and which agencies are involved; nothing about what happened or where. */
	@Transactional
	void lockedView(CaseFile file, Model model) {
		model.addAttribute("caseFile", file);
		List<PersonSummary> summaries = people.summaries(file.personIds(), "case_file " + file.getId() + " locked");
		model.addAttribute("names", summaries.stream().map(PersonSummary::displayName).distinct().toList());
		Map<Long, String> organisationNames = organisationNames();
		Set<String> agencies = new LinkedHashSet<>();
		agencies.add(organisationNames.get(file.getOwningOrganisationId()));
		file.getShares().forEach(share -> agencies.add(organisationNames.get(share.getOrganisationId())));
		model.addAttribute("agencies", List.copyOf(agencies));
	}

	private List<PartyView> parties(CaseFile file) {
		Map<Long, PersonSummary> summaries = people.summaries(file.personIds(), "case_file " + file.getId()).stream()
			.collect(Collectors.toMap(PersonSummary::personId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		List<PartyView> views = new ArrayList<>();
		for (CaseParty party : file.getParties()) {
			PersonSummary summary = summaries.get(party.getPersonId());
			if (summary != null) {
				views.add(new PartyView(party, summary));
			}
		}
		return views;
	}

	private List<CasePageSuggestions.Suggestion> suggestions(CaseFile file, List<PartyView> parties, Model model) {
		boolean repeatVictim = parties.stream()
			.anyMatch(view -> view.party().getRole() == PartyRole.VICTIM && view.repeatVictim());
		RiskLevel risk = model.getAttribute("risk") instanceof CaseWorkSections.RiskView view ? view.level() : null;
		CasePageSuggestions.Facts facts = new CasePageSuggestions.Facts(repeatVictim, risk);
		return suggestions.stream().flatMap(each -> each.suggest(file, facts).stream()).toList();
	}

	private List<CaseFile> linkedCases(CaseFile file) {
		return cases.findAllById(file.getLinks().stream().map(LinkedCase::caseId).toList());
	}

	/** After a party was asked for, the people who may be the same, recomputed here (they are not kept in the session). */
	private List<MatchSuggestion> partyMatches(Model model) {
		if (!Boolean.TRUE.equals(model.getAttribute("partyMatching"))
				|| !(model.getAttribute("partyForm") instanceof PartyForm form)) {
			return List.of();
		}
		return people.suggestMatches(new PersonDetails(text(form.getGivenName()), text(form.getFamilyName()), List.of(),
				form.birthDate().orElse(null), List.of(), text(form.getPhone()), text(form.getEmail()), null, null, null,
				null));
	}

	private Map<Long, String> organisationNames() {
		return organisations.all().stream().collect(Collectors.toMap(Organisation::getId, Organisation::getName));
	}

	private static void defaultForm(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

	private static String text(String typed) {
		return StringUtils.hasText(typed) ? typed.strip() : null;
	}

	/**
	 * A party with what the people module says about them: the repeat-victim flag (consider a CS MARAC referral)
	 * and a vulnerability that calls for a safeguarding (MASH) referral.
	 */
	record PartyView(CaseParty party, PersonSummary person) {

		public boolean repeatVictim() {
			return person.repeatFlag() != null && person.repeatFlag().flagged();
		}

		public boolean safeguarding() {
			return person.vulnerabilities().contains(Vulnerability.ADULT_AT_RISK)
					|| person.vulnerabilities().contains(Vulnerability.CHILD);
		}

	}

}

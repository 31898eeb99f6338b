package org.safercommunities.people;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.safercommunities.audit.ShowsPersonalData;
import org.safercommunities.people.PeopleForms.MergeForm;
import org.safercommunities.people.PeopleForms.MergeValidator;
import org.safercommunities.people.PeopleForms.SearchForm;
import org.safercommunities.people.PeopleForms.SearchValidator;
import org.safercommunities.people.PeopleService.MergeRecord;
import org.safercommunities.people.PersonDetails.ProtectedCharacteristic;
import org.safercommunities.people.PersonDetails.Vulnerability;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * The Community Safety Team's pages about people: look-up and the repeat-victim list, adding and changing a
 * person, a person's page (details, reports and cases, repeat flag, possible duplicates, merges), merging and
 * undoing a merge. Every page that shows a person reads them through {@link People}, so it is audited.
 */
@Controller
@RequestMapping("/staff/people")
@PreAuthorize("hasRole('OFFICER')")
class PeopleController {

	private static final SearchValidator SEARCH_RULES = new SearchValidator();

	private final PeopleService people;

	private final MessageSource messages;

	PeopleController(PeopleService people, MessageSource messages) {
		this.people = people;
		this.messages = messages;
	}

	@InitBinder
	void forbidIds(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	/** The most people a look-up lists; beyond it the page asks for something more exact. */
	static final int SHOWN = 50;

	@GetMapping
	String list(@ModelAttribute("searchForm") SearchForm search, BindingResult result,
			@RequestParam(required = false) String q, Model model) {
		if (q != null) {
			SEARCH_RULES.validate(search, result);
			if (!result.hasErrors()) {
				// Newest records first, and only as many as a page can sensibly show: a common name is held by
				// hundreds, and each shown is decrypted and its read audited (bench/README.md, case-work benchmark).
				List<Long> found = people.find(q).stream().sorted(java.util.Comparator.reverseOrder()).toList();
				model.addAttribute("results",
						people.summaries(found.subList(0, Math.min(found.size(), SHOWN)), "people search"));
				model.addAttribute("foundCount", found.size());
				model.addAttribute("shownCount", Math.min(found.size(), SHOWN));
				return "people/list";
			}
		}
		List<PeopleService.RepeatVictim> victims = people.repeatVictims();
		model.addAttribute("repeatVictims",
				people.summaries(victims.stream().map(PeopleService.RepeatVictim::personId).toList(), "repeat victims"));
		model.addAttribute("threshold", victims.isEmpty() ? null : victims.get(0).flag().threshold());
		model.addAttribute("months", victims.isEmpty() ? null : victims.get(0).flag().months());
		return "people/list";
	}

	@GetMapping("/new")
	String newPerson(Model model) {
		model.addAttribute("personForm", new PersonForm());
		return formPage(null, model);
	}

	@PostMapping("/new")
	String addPerson(@ModelAttribute("personForm") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		new PersonFormValidator(people.today()).validate(form, result);
		if (result.hasErrors()) {
			return formPage(null, model);
		}
		long id = people.record(form.toDetails(List.of()), "people page");
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("people.added", null, locale));
		return "redirect:/staff/people/" + id;
	}

	@ShowsPersonalData("person")
	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("mergeForm", new MergeForm());
		return showPage(id, model);
	}

	@ShowsPersonalData("person")
	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		PersonDetails details = currentDetails(id);
		model.addAttribute("personForm", PersonForm.of(details));
		return formPage(id, model);
	}

	@PostMapping("/{id}/edit")
	String save(@PathVariable long id, @ModelAttribute("personForm") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		PersonDetails before = currentDetails(id);
		new PersonFormValidator(people.today()).validate(form, result);
		if (result.hasErrors()) {
			return formPage(id, model);
		}
		List<Address> others = before.addresses().size() > 1 ? before.addresses().subList(1, before.addresses().size())
				: List.of();
		people.update(id, form.toDetails(others), "people page");
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("people.saved", null, locale));
		return "redirect:/staff/people/" + id;
	}

	@PostMapping("/{id}/merge")
	String merge(@PathVariable long id, @ModelAttribute("mergeForm") MergeForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		PersonDetails details = currentDetails(id);
		Set<Long> offered = duplicates(id, details).stream().map(match -> match.person().personId())
			.collect(Collectors.toSet());
		new MergeValidator(offered).validate(form, result);
		if (result.hasErrors()) {
			return showPage(id, model);
		}
		people.merge(id, form.other(), form.getReason().strip());
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("people.merged", null, locale));
		return "redirect:/staff/people/" + id;
	}

	@PostMapping("/merges/{mergeId}/undo")
	String undo(@PathVariable long mergeId, RedirectAttributes redirect, Locale locale) {
		MergeRecord merge = people.mergeRecord(mergeId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		PersonAccess.checkCanOpen(merge.keptId());
		people.undoMerge(mergeId, "people page");
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("people.merge-undone", null, locale));
		return "redirect:/staff/people/" + merge.keptId();
	}

	private String showPage(long id, Model model) {
		requireExisting(id);
		model.addAttribute("personId", id);
		model.addAttribute("merges", people.merges(id));
		var into = people.mergedInto(id);
		if (into.isPresent()) {
			model.addAttribute("mergedInto", into.get());
			model.addAttribute("currentId", people.current(id));
			return "people/merged";
		}
		PersonDetails details = people.details(id, "person page").orElseThrow();
		model.addAttribute("person", details);
		model.addAttribute("characteristics", ProtectedCharacteristic.values());
		model.addAttribute("flag", people.repeatFlag(id));
		model.addAttribute("safeguarding", details.vulnerabilities().contains(Vulnerability.ADULT_AT_RISK)
				|| details.vulnerabilities().contains(Vulnerability.CHILD));
		model.addAttribute("involvements", people.involvements(id).stream().map(InvolvementRow::of).toList());
		model.addAttribute("duplicates", duplicates(id, details));
		return "people/show";
	}

	private String formPage(Long id, Model model) {
		model.addAttribute("personId", id);
		model.addAttribute("vulnerabilityChoices", java.util.Arrays.stream(Vulnerability.values()).map(Enum::name).toList());
		model.addAttribute("characteristics", ProtectedCharacteristic.values());
		return "people/form";
	}

	/** Possible duplicates of the person, without the person themselves. */
	private List<MatchSuggestion> duplicates(long id, PersonDetails details) {
		return people.suggestMatches(details).stream().filter(match -> match.person().personId() != id).toList();
	}

	/** The details of a person who is not merged away (a merged-away id is changed through the person kept). */
	private PersonDetails currentDetails(long id) {
		requireExisting(id);
		if (people.current(id) != id) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return people.details(id, "person page").orElseThrow();
	}

	private void requireExisting(long id) {
		PersonAccess.checkCanOpen(id);
		if (!people.exists(id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	/** One report or case the person took part in, with the address of its page where there is one. */
	record InvolvementRow(Involvement involvement, String href) {

		static InvolvementRow of(Involvement involvement) {
			String href = switch (involvement.recordType()) {
				case "case_file" -> "/staff/cases/" + involvement.recordId();
				case "hate_report" -> "/staff/reports/" + involvement.recordId();
				default -> null;
			};
			return new InvolvementRow(involvement, href);
		}

	}

}

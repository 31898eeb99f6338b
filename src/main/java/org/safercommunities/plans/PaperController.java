package org.safercommunities.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.safercommunities.plans.PaperJob.Format;
import org.safercommunities.plans.PaperJob.Kind;
import org.safercommunities.plans.PlanRecords.Meeting;
import org.safercommunities.shared.Attachment;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
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

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The annual report (a draft per financial year: figures from the records, narrative from officers), each board
 * meeting's pack, and the papers made from them in the background. Papers hold figures and the partnership's
 * narrative, no personal data, so everyone who reads plans reads them; officers write the narrative.
 */
@Controller
@RequestMapping("/staff/plans")
class PaperController {

	private static final String READERS = "hasAnyRole('OFFICER', 'COORDINATOR', 'ANALYST', 'BOARD', 'ADMIN')";

	private static final String WRITERS = "hasAnyRole('OFFICER', 'ADMIN')";

	/** The first financial year offered: earlier than any record this service can hold. */
	static final int FIRST_YEAR = 2000;

	private final Drafts drafts;

	private final PaperBuilder builder;

	private final PaperJobs jobs;

	private final PlanStore plans;

	private final PlanManagement management;

	private final MessageSource messages;

	PaperController(Drafts drafts, PaperBuilder builder, PaperJobs jobs, PlanStore plans, PlanManagement management,
			MessageSource messages) {
		this.drafts = drafts;
		this.builder = builder;
		this.jobs = jobs;
		this.plans = plans;
		this.management = management;
		this.messages = messages;
	}

	@GetMapping("/annual-report")
	@PreAuthorize(READERS)
	String annualReports(Model model) {
		int latest = financialYearOf(management.today());
		List<Integer> started = drafts.years();
		model.addAttribute("years", IntStream.iterate(latest, year -> year >= latest - 5, year -> year - 1)
			.mapToObj(year -> new YearChoice(year, PaperBuilder.label(year), started.contains(year), year == latest))
			.toList());
		return "plans/annual-reports";
	}

	record YearChoice(int startYear, String label, boolean started, boolean current) {
	}

	@GetMapping("/annual-report/{year}")
	@PreAuthorize(READERS)
	String annualReport(@PathVariable int year, Model model) {
		requireYear(year);
		model.addAttribute("paper", builder.annualReport(year, drafts.narratives(year), drafts.studies(year),
				management.today()));
		model.addAttribute("year", year);
		model.addAttribute("label", PaperBuilder.label(year));
		model.addAttribute("editBase", mayWrite() ? "/staff/plans/annual-report/" + year : null);
		return "plans/annual-report";
	}

	@GetMapping("/annual-report/{year}/sections/{key}")
	@PreAuthorize(WRITERS)
	String section(@PathVariable int year, @PathVariable String key, Model model) {
		NarrativeForm form = new NarrativeForm();
		form.setNarrative(drafts.narrative(requireSection(year, key), key).orElse(""));
		model.addAttribute("narrativeForm", form);
		return sectionPage(year, key, model);
	}

	@PostMapping("/annual-report/{year}/sections/{key}")
	@PreAuthorize(WRITERS)
	String writeSection(@PathVariable int year, @PathVariable String key,
			@ModelAttribute("narrativeForm") NarrativeForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		requireSection(year, key);
		new NarrativeForm.Rules().validate(form, result);
		if (result.hasErrors()) {
			return sectionPage(year, key, model);
		}
		drafts.start(year);
		drafts.save(year, key, form.getNarrative() == null ? "" : form.getNarrative());
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("plans.paper.saved", null, locale));
		return "redirect:/staff/plans/annual-report/" + year + "#" + key;
	}

	private String sectionPage(int year, String key, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("label", PaperBuilder.label(year));
		model.addAttribute("section", builder.annualReport(year, drafts.narratives(year), management.today())
			.sections().stream().filter(section -> section.key().equals(key)).findFirst().orElseThrow());
		return "plans/section-form";
	}

	@PostMapping("/annual-report/{year}/papers")
	@PreAuthorize(READERS)
	String exportAnnualReport(@PathVariable int year, @RequestParam String format) {
		requireYear(year);
		return "redirect:/staff/plans/papers/" + jobs.request(Kind.ANNUAL_REPORT, year, format(format));
	}

	@GetMapping("/boards/{boardId}/meetings/{day}")
	@PreAuthorize(READERS)
	String boardPack(@PathVariable long boardId, @PathVariable String day, Model model) {
		Meeting meeting = requireMeeting(boardId, day);
		model.addAttribute("meeting", meeting);
		model.addAttribute("paper", builder.boardPack(meeting, management.today()));
		model.addAttribute("editBase", null);
		return "plans/board-pack";
	}

	@PostMapping("/boards/{boardId}/meetings/{day}/papers")
	@PreAuthorize(READERS)
	String exportBoardPack(@PathVariable long boardId, @PathVariable String day, @RequestParam String format) {
		Meeting meeting = requireMeeting(boardId, day);
		return "redirect:/staff/plans/papers/" + jobs.request(Kind.BOARD_PACK, meeting.id(), format(format));
	}

	/** How far the paper has got; the page looks again every few seconds until it is ready. */
	@GetMapping("/papers/{id}")
	@PreAuthorize(READERS)
	String paper(@PathVariable long id, Model model) {
		PaperJob job = jobs.job(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("job", job);
		model.addAttribute("back", job.kind() == Kind.ANNUAL_REPORT ? "/staff/plans/annual-report/" + job.subjectId()
				: plans.meeting(job.subjectId())
					.map(meeting -> "/staff/plans/boards/" + meeting.boardId() + "/meetings/" + meeting.meetsOn())
					.orElse("/staff/plans/boards"));
		return "plans/paper";
	}

	@GetMapping("/papers/{id}/file")
	@PreAuthorize(READERS)
	ResponseEntity<byte[]> paperFile(@PathVariable long id) {
		PaperJob job = jobs.job(id).filter(found -> found.status() == PaperJob.Status.DONE)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		byte[] content = jobs.content(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		return Attachment.of(job.fileName(), job.format().mediaType, content);
	}

	/** The meeting on {@code day} (as in the address, 2026-12-10); anything else is no meeting. */
	private Meeting requireMeeting(long boardId, String day) {
		LocalDate date;
		try {
			date = LocalDate.parse(day);
		}
		catch (java.time.DateTimeException ex) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		return plans.meetingOn(boardId, date).flatMap(plans::meeting)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private int requireSection(int year, String key) {
		requireYear(year);
		if (!builder.annualSectionKeys(year).contains(key)) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		return year;
	}

	private void requireYear(int year) {
		if (year < FIRST_YEAR || year > financialYearOf(management.today())) {
			throw new ResponseStatusException(NOT_FOUND);
		}
	}

	private static Format format(String format) {
		try {
			return Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(NOT_FOUND);
		}
	}

	private static boolean mayWrite() {
		return CurrentActor.require().hasAnyRole(Role.OFFICER, Role.ADMIN);
	}

	static int financialYearOf(LocalDate day) {
		return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
	}

}

package org.safercommunities.plans;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.safercommunities.organisations.Organisations;
import org.safercommunities.performance.DashboardSummary;
import org.safercommunities.plans.PlanForms.BoardForm;
import org.safercommunities.plans.PlanForms.MeetingForm;
import org.safercommunities.plans.PlanForms.PackChartsForm;
import org.safercommunities.plans.PlanRecords.Meeting;
import org.safercommunities.shared.UkDates;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The governance forms: add a board with its member organisations, a meeting date to a board, and choose the
 * indicator charts a meeting's pack carries.
 */
@Controller
@RequestMapping("/staff/plans/boards")
@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
class BoardController {

	private final PlanManagement plans;

	private final Organisations organisations;

	private final MessageSource messages;

	private final DashboardSummary dashboard;

	BoardController(PlanManagement plans, Organisations organisations, MessageSource messages,
			DashboardSummary dashboard) {
		this.plans = plans;
		this.organisations = organisations;
		this.messages = messages;
		this.dashboard = dashboard;
	}

	@GetMapping("/new")
	String newBoard(Model model) {
		model.addAttribute("boardForm", new BoardForm());
		return boardPage(model);
	}

	@PostMapping
	String createBoard(@ModelAttribute("boardForm") BoardForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		new PlanValidators.BoardValidator(plans::boardNameTaken,
				id -> organisations.find(id).filter(organisation -> organisation.isActive()).isPresent())
			.validate(form, result);
		if (result.hasErrors()) {
			return boardPage(model);
		}
		long id = plans.createBoard(form.getName(), form.members());
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("plans.board.saved", null, locale));
		return "redirect:/staff/plans/boards#board-" + id;
	}

	@GetMapping("/{boardId}/meetings/new")
	String newMeeting(@PathVariable long boardId, Model model) {
		model.addAttribute("meetingForm", new MeetingForm());
		return meetingPage(boardId, model);
	}

	@PostMapping("/{boardId}/meetings")
	String addMeeting(@PathVariable long boardId, @ModelAttribute("meetingForm") MeetingForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		PlanRecords.Board board = board(boardId);
		new PlanValidators.MeetingValidator(day -> plans.meetsOn(boardId, day)).validate(form, result);
		if (result.hasErrors()) {
			return meetingPage(boardId, model);
		}
		plans.scheduleMeeting(board.id(), UkDates.parseDay(form.getMeetsOn()).orElseThrow());
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("plans.meeting.saved", null, locale));
		return "redirect:/staff/plans/boards#board-" + boardId;
	}

	@GetMapping("/{boardId}/meetings/{day}/charts")
	String packCharts(@PathVariable long boardId, @PathVariable String day, Model model) {
		Meeting meeting = meeting(boardId, day);
		PackChartsForm form = new PackChartsForm();
		form.setIndicatorCodes(new java.util.ArrayList<>(plans.meetingIndicators(meeting.id())));
		model.addAttribute("packChartsForm", form);
		return packChartsPage(meeting, model);
	}

	@PostMapping("/{boardId}/meetings/{day}/charts")
	String choosePackCharts(@PathVariable long boardId, @PathVariable String day,
			@ModelAttribute("packChartsForm") PackChartsForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		Meeting meeting = meeting(boardId, day);
		Set<String> known = dashboard.indicators().stream().map(DashboardSummary.Choice::code).collect(Collectors.toSet());
		new PlanValidators.PackChartsValidator(known).validate(form, result);
		if (result.hasErrors()) {
			return packChartsPage(meeting, model);
		}
		plans.chooseIndicators(meeting.id(), form.getIndicatorCodes());
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("plans.charts.saved", null, locale));
		return "redirect:/staff/plans/boards/" + boardId + "/meetings/" + meeting.meetsOn() + "#charts";
	}

	private String packChartsPage(Meeting meeting, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("indicators", dashboard.indicators());
		return "plans/pack-charts-form";
	}

	/** The meeting on {@code day} (2026-12-10 in the address); anything else is no meeting. */
	private Meeting meeting(long boardId, String day) {
		try {
			return plans.meeting(boardId, LocalDate.parse(day))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		catch (DateTimeException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private String boardPage(Model model) {
		model.addAttribute("organisations", organisations.active());
		return "plans/board-form";
	}

	private String meetingPage(long boardId, Model model) {
		model.addAttribute("board", board(boardId));
		return "plans/meeting-form";
	}

	private PlanRecords.Board board(long id) {
		return plans.board(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}

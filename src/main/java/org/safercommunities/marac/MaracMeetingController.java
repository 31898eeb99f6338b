package org.safercommunities.marac;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.safercommunities.audit.ShowsPersonalData;
import org.safercommunities.audit.AuditTrail;
import org.safercommunities.marac.MaracForms.ActionForm;
import org.safercommunities.marac.MaracForms.AgendaForm;
import org.safercommunities.marac.MaracForms.AttendanceForm;
import org.safercommunities.marac.MaracForms.DecisionForm;
import org.safercommunities.marac.MaracForms.NotesForm;
import org.safercommunities.marac.MaracForms.ScheduleForm;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.UkDates;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Holding the CS MARAC: the schedule (the council officer coordinating it creates the next meetings at the configured
 * interval), a meeting's chair, attendees and agenda, and each case heard: discussion notes, actions and the
 * decision. A case's part of a meeting is for its MARAC members only ({@link MaracReferrals#require}); everyone else
 * sees that a case was heard and nothing about it, as in the minutes.
 */
@Controller
@RequestMapping("/staff/marac")
@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
class MaracMeetingController {

	private final MaracMeetings meetings;

	private final MaracReferrals referrals;

	private final MaracSettings settings;

	private final Organisations organisations;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	MaracMeetingController(MaracMeetings meetings, MaracReferrals referrals, MaracSettings settings,
			Organisations organisations, AuditTrail audit, MessageSource messages, Clock clock) {
		this.meetings = meetings;
		this.referrals = referrals;
		this.settings = settings;
		this.organisations = organisations;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/schedule")
	@PreAuthorize("hasRole('OFFICER')")
	String schedule(Model model) {
		ScheduleForm form = new ScheduleForm();
		form.setFirstOn(UkDates.day(meetings.nextDate(today())));
		form.setCount("3");
		model.addAttribute("scheduleForm", form);
		return schedulePage(model);
	}

	@PostMapping("/schedule")
	@PreAuthorize("hasRole('OFFICER')")
	String createMeetings(@ModelAttribute("scheduleForm") ScheduleForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		new MaracValidators.Schedule(today()).validate(form, result);
		if (result.hasErrors()) {
			return schedulePage(model);
		}
		List<LocalDate> dates = meetings.schedule(UkDates.parseDay(form.getFirstOn()).orElseThrow(),
				Integer.parseInt(form.getCount().strip()));
		meetings.scheduleMeetings(dates);
		redirect.addFlashAttribute("flashSuccess",
				messages.getMessage("marac.schedule.done", new Object[] { dates.size() }, locale));
		return "redirect:/staff/marac/schedule";
	}

	@GetMapping("/meetings/{id}")
	String meeting(@PathVariable long id, Model model) {
		MaracMeetings.Meeting meeting = requireMeeting(id);
		AttendanceForm attendance = new AttendanceForm();
		attendance.setChair(meeting.chair());
		attendance.setOrganisations(meetings.attendees(id));
		model.addAttribute("attendanceForm", attendance);
		model.addAttribute("agendaForm", new AgendaForm());
		return meetingPage(meeting, model);
	}

	@PostMapping("/meetings/{id}/attendance")
	@PreAuthorize("hasRole('OFFICER')")
	String attendance(@PathVariable long id, @ModelAttribute("attendanceForm") AttendanceForm form,
			BindingResult result, Model model) {
		MaracMeetings.Meeting meeting = requireMeeting(id);
		new MaracValidators.Attendance(organisations.active().stream().map(Organisation::getId).toList())
			.validate(form, result);
		if (result.hasErrors()) {
			model.addAttribute("agendaForm", new AgendaForm());
			return meetingPage(meeting, model);
		}
		meetings.attend(id, form.getChair(), Set.copyOf(form.getOrganisations()));
		return "redirect:/staff/marac/meetings/" + id + "#attendance";
	}

	/** Any member may put an open referral it reaches on the agenda (new at its first meeting, review after). */
	@PostMapping("/meetings/{id}/agenda")
	String agenda(@PathVariable long id, @ModelAttribute("agendaForm") AgendaForm form, BindingResult result,
			Model model) {
		MaracMeetings.Meeting meeting = requireMeeting(id);
		new MaracValidators.Agenda(offered(id).stream().map(MaracReferrals.Referral::id).toList()).validate(form, result);
		if (result.hasErrors()) {
			AttendanceForm attendance = new AttendanceForm();
			attendance.setChair(meeting.chair());
			attendance.setOrganisations(meetings.attendees(id));
			model.addAttribute("attendanceForm", attendance);
			return meetingPage(meeting, model);
		}
		meetings.hear(id, form.getReferralId());
		return "redirect:/staff/marac/meetings/" + id + "#agenda";
	}

	@ShowsPersonalData(value = "marac_hearing", idVariable = "hearingId")
	@GetMapping("/meetings/{id}/hearings/{hearingId}")
	String hearing(@PathVariable long id, @PathVariable long hearingId, Model model) {
		MaracMeetings.Hearing hearing = requireHearing(id, hearingId);
		NotesForm notes = new NotesForm();
		notes.setNotes(meetings.decrypt(hearing.notesEncrypted()));
		model.addAttribute("notesForm", notes);
		model.addAttribute("actionForm", new ActionForm());
		DecisionForm decision = new DecisionForm();
		decision.setDecision(hearing.decision() == null ? null : hearing.decision().name());
		decision.setReason(meetings.decrypt(hearing.decisionReasonEncrypted()));
		model.addAttribute("decisionForm", decision);
		return hearingPage(hearing, model);
	}

	@PostMapping("/meetings/{id}/hearings/{hearingId}/notes")
	String notes(@PathVariable long id, @PathVariable long hearingId, @ModelAttribute("notesForm") NotesForm form,
			BindingResult result, Model model) {
		MaracMeetings.Hearing hearing = requireHearing(id, hearingId);
		new MaracValidators.Notes().validate(form, result);
		if (result.hasErrors()) {
			model.addAttribute("actionForm", new ActionForm());
			model.addAttribute("decisionForm", new DecisionForm());
			return hearingPage(hearing, model);
		}
		meetings.note(hearingId, form.getNotes());
		return "redirect:/staff/marac/meetings/" + id + "/hearings/" + hearingId + "#discussion";
	}

	@PostMapping("/meetings/{id}/hearings/{hearingId}/actions")
	String action(@PathVariable long id, @PathVariable long hearingId, @ModelAttribute("actionForm") ActionForm form,
			BindingResult result, Model model) {
		MaracMeetings.Hearing hearing = requireHearing(id, hearingId);
		new MaracValidators.Action(organisations.active().stream().map(Organisation::getId).toList())
			.validate(form, result);
		if (result.hasErrors()) {
			model.addAttribute("notesForm", new NotesForm());
			model.addAttribute("decisionForm", new DecisionForm());
			return hearingPage(hearing, model);
		}
		meetings.addAction(id, hearing.referralId(), form.getDescription(), form.getOwnerOrganisationId(),
				UkDates.parseDay(form.getDueOn()).orElseThrow());
		return "redirect:/staff/marac/meetings/" + id + "/hearings/" + hearingId + "#actions";
	}

	@PostMapping("/meetings/{id}/hearings/{hearingId}/decision")
	@PreAuthorize("hasRole('OFFICER')")
	String decision(@PathVariable long id, @PathVariable long hearingId,
			@ModelAttribute("decisionForm") DecisionForm form, BindingResult result, Model model) {
		MaracMeetings.Hearing hearing = requireHearing(id, hearingId);
		new MaracValidators.Decision().validate(form, result);
		if (result.hasErrors()) {
			model.addAttribute("notesForm", new NotesForm());
			model.addAttribute("actionForm", new ActionForm());
			return hearingPage(hearing, model);
		}
		meetings.decide(hearingId, MaracMeetings.Decision.valueOf(form.getDecision()), form.getReason());
		return "redirect:/staff/marac/meetings/" + id + "/hearings/" + hearingId + "#decision-section";
	}

	/** Marks an action of this case done today (a button; nothing to type). */
	@PostMapping("/meetings/{id}/hearings/{hearingId}/actions/{actionId}/done")
	String actionDone(@PathVariable long id, @PathVariable long hearingId, @PathVariable long actionId) {
		MaracMeetings.Hearing hearing = requireHearing(id, hearingId);
		if (!meetings.referralOfAction(actionId).map(referral -> referral == hearing.referralId()).orElse(false)) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		meetings.actionDone(actionId, today());
		return "redirect:/staff/marac/meetings/" + id + "/hearings/" + hearingId + "#action-" + actionId;
	}

	private String schedulePage(Model model) {
		model.addAttribute("upcoming", meetings.upcoming(today()));
		model.addAttribute("intervalWeeks", settings.interval().getDays() / 7);
		model.addAttribute("back", "/staff/marac");
		return "marac/schedule";
	}

	private String meetingPage(MaracMeetings.Meeting meeting, Model model) {
		long organisation = CurrentActor.require().organisationId();
		Map<Long, String> names = organisations.all().stream()
			.collect(Collectors.toMap(Organisation::getId, Organisation::getName));
		List<AgendaItem> agenda = meetings.hearings(meeting.id()).stream().map(hearing -> {
			boolean member = MaracAccess.reaches(referrals.ownership(hearing.referralId()), organisation);
			String reference = member ? referrals.find(hearing.referralId()).orElseThrow().caseReference() : null;
			return new AgendaItem(hearing.id(), member, reference, hearing.kind(), hearing.decision());
		}).toList();
		audit.record("MARAC_MEETING_READ", "marac_meeting", meeting.id(), "Meeting page");
		model.addAttribute("meeting", meeting);
		model.addAttribute("heldOn", UkDates.day(meeting.heldOn()));
		model.addAttribute("attendees", meetings.attendees(meeting.id()).stream().map(names::get).toList());
		model.addAttribute("agenda", agenda);
		model.addAttribute("offered", offered(meeting.id()));
		model.addAttribute("organisationChoices", choices());
		model.addAttribute("back", "/staff/marac");
		return "marac/meeting";
	}

	private String hearingPage(MaracMeetings.Hearing hearing, Model model) {
		MaracReferrals.Referral referral = referrals.require(hearing.referralId());
		MaracMeetings.Meeting meeting = requireMeeting(hearing.meetingId());
		Map<Long, String> names = organisations.all().stream()
			.collect(Collectors.toMap(Organisation::getId, Organisation::getName));
		model.addAttribute("hearing", hearing);
		model.addAttribute("meeting", meeting);
		model.addAttribute("heldOn", UkDates.day(meeting.heldOn()));
		model.addAttribute("referral", referral);
		model.addAttribute("notes", meetings.decrypt(hearing.notesEncrypted()));
		model.addAttribute("decisionReason", meetings.decrypt(hearing.decisionReasonEncrypted()));
		model.addAttribute("actions", meetings.actions(meeting.id(), referral.id()));
		model.addAttribute("organisationNames", names);
		model.addAttribute("owners", organisations.active());
		model.addAttribute("decisions", MaracMeetings.Decision.values());
		model.addAttribute("back", "/staff/marac/meetings/" + meeting.id());
		return "marac/hearing";
	}

	private Map<Long, String> choices() {
		Map<Long, String> choices = new java.util.LinkedHashMap<>();
		organisations.active().forEach(organisation -> choices.put(organisation.getId(), organisation.getName()));
		return choices;
	}

	/** Open referrals the reader's organisation reaches that are not yet on this meeting's agenda. */
	private List<MaracReferrals.Referral> offered(long meetingId) {
		Set<Long> heard = meetings.hearings(meetingId).stream().map(MaracMeetings.Hearing::referralId)
			.collect(Collectors.toSet());
		return referrals.openReached(CurrentActor.require().organisationId()).stream()
			.filter(referral -> !heard.contains(referral.id()))
			.toList();
	}

	private MaracMeetings.Meeting requireMeeting(long id) {
		return meetings.meeting(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	/** The hearing of this meeting, for a MARAC member of its referral only (others: 404, audited). */
	private MaracMeetings.Hearing requireHearing(long meetingId, long hearingId) {
		MaracMeetings.Hearing hearing = meetings.hearing(hearingId).filter(found -> found.meetingId() == meetingId)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		referrals.require(hearing.referralId());
		return hearing;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	record AgendaItem(long hearingId, boolean member, String caseReference, MaracMeetings.Kind kind,
			MaracMeetings.Decision decision) {
	}

}

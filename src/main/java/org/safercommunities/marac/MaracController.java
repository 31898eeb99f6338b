package org.safercommunities.marac;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.safercommunities.audit.ShowsPersonalData;
import org.safercommunities.shared.Attachment;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.UkDates;
import org.safercommunities.system.PdfDocuments;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The CS MARAC's pages: meetings, Table 1 for a period, and each meeting's minutes (HTML and PDF) as the signed-in
 * person's organisation receives them. The council officer coordinating the MARAC may make the minutes for any
 * attending organisation ({@code for}), to send them.
 */
@Controller
@RequestMapping("/staff/marac")
class MaracController {

	private final MaracMeetings meetings;

	private final MaracStatistics statistics;

	private final MaracMinutes minutes;

	private final PdfDocuments pdfs;

	private final MaracReferrals referrals;

	MaracController(MaracMeetings meetings, MaracStatistics statistics, MaracMinutes minutes, PdfDocuments pdfs,
			MaracReferrals referrals) {
		this.referrals = referrals;
		this.meetings = meetings;
		this.statistics = statistics;
		this.minutes = minutes;
		this.pdfs = pdfs;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
	String meetings(Model model) {
		model.addAttribute("meetings", meetings.meetings());
		model.addAttribute("open", referrals.openReached(CurrentActor.require().organisationId()));
		return "marac/meetings";
	}

	/** Table 1 for the financial year starting in {@code year} (default: the last complete one). */
	@GetMapping("/statistics")
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER', 'ANALYST', 'BOARD')")
	String statistics(@RequestParam(required = false) Integer year, Model model) {
		LocalDate today = LocalDate.now();
		int start = year != null && year > 2000 && year < 2100 ? year
				: (today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1) - 1;
		LocalDate from = LocalDate.of(start, 4, 1);
		model.addAttribute("table", statistics.table(from, from.plusYears(1).minusDays(1)));
		model.addAttribute("label", yearLabel(start));
		if (start - 1 > 2000) {
			model.addAttribute("previousYear", start - 1);
			model.addAttribute("previousLabel", yearLabel(start - 1));
		}
		if (LocalDate.of(start + 1, 4, 1).isBefore(today)) {
			model.addAttribute("nextYear", start + 1);
			model.addAttribute("nextLabel", yearLabel(start + 1));
		}
		return "marac/statistics";
	}

	@ShowsPersonalData("marac_meeting")
	@GetMapping("/meetings/{id}/minutes")
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
	String minutes(@PathVariable long id, @RequestParam(name = "for", required = false) Long recipient, Model model) {
		MaracMinutes.Minutes made = minutesFor(id, recipient);
		model.addAttribute("minutes", made);
		model.addAttribute("heldOn", UkDates.day(made.meeting().heldOn()));
		model.addAttribute("back", "/staff/marac/meetings/" + id);
		return "marac/minutes";
	}

	@ShowsPersonalData("marac_meeting")
	@GetMapping("/meetings/{id}/minutes.pdf")
	@PreAuthorize("hasAnyRole('OFFICER', 'POLICE', 'PARTNER')")
	ResponseEntity<byte[]> minutesPdf(@PathVariable long id, @RequestParam(name = "for", required = false) Long recipient,
			Locale locale) {
		MaracMinutes.Minutes made = minutesFor(id, recipient);
		byte[] pdf = pdfs.render("pdf/marac-minutes", Map.of("minutes", made, "madeOn", UkDates.day(LocalDate.now()),
				"heldOn", UkDates.day(made.meeting().heldOn())),
				locale);
		return Attachment.pdf("marac-minutes-" + made.meeting().heldOn() + ".pdf", pdf);
	}

	private static String yearLabel(int start) {
		return start + "/" + String.format("%02d", (start + 1) % 100);
	}

	private MaracMinutes.Minutes minutesFor(long meetingId, Long recipient) {
		var actor = CurrentActor.require();
		if (meetings.meeting(meetingId).isEmpty()) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		long organisation = recipient != null && actor.hasRole(Role.OFFICER)
				&& meetings.attendees(meetingId).contains(recipient) ? recipient : actor.organisationId();
		return minutes.forRecipient(meetingId, organisation);
	}

}

package org.safercommunities.directory;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.safercommunities.directory.EntryChange.Action;
import org.safercommunities.notifications.Email;
import org.safercommunities.notifications.Mailer;
import org.safercommunities.shared.UkTime;
import org.safercommunities.system.PartnershipSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The daily self-maintenance run. An entry is due for confirmation {@code confirm-every-months} after it was
 * last confirmed. Some days before that deadline the owner gets a one-time link; past the deadline the entry is
 * flagged to officers (and they get a digest); {@code grace-days} after the deadline it is hidden from the
 * public until confirmed. Reporting centres are exempt: the centres module keeps them fresh.
 */
@Service
class DirectoryUpkeep {

	private static final Logger log = LoggerFactory.getLogger(DirectoryUpkeep.class);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final DirectoryEntryRepository entries;

	private final OwnerLinks links;

	private final Mailer mailer;

	private final EntryHistory history;

	private final DirectorySettings settings;

	private final PartnershipSettings partnership;

	DirectoryUpkeep(DirectoryEntryRepository entries, OwnerLinks links, Mailer mailer, EntryHistory history,
			DirectorySettings settings, PartnershipSettings partnership) {
		this.entries = entries;
		this.links = links;
		this.mailer = mailer;
		this.history = history;
		this.settings = settings;
		this.partnership = partnership;
	}

	LocalDate deadlineOf(DirectoryEntry entry) {
		return entry.getLastConfirmedOn().plusMonths(settings.confirmEveryMonths());
	}

	/** One day's run; the schedule passes today, tests pass any day. Safe to run twice on a day. */
	@Transactional
	public Outcome runDaily(LocalDate today) {
		List<DirectoryEntry> flagged = new ArrayList<>();
		List<DirectoryEntry> hidden = new ArrayList<>();
		int reminders = 0;
		for (DirectoryEntry entry : entries.findByStatusInOrderByNameAsc(
				EnumSet.of(EntryStatus.PUBLISHED, EntryStatus.FLAGGED, EntryStatus.STALE_HIDDEN))) {
			if (!entry.selfMaintained()) {
				continue;
			}
			LocalDate deadline = deadlineOf(entry);
			if (!today.isBefore(deadline.minusDays(settings.reminderDaysBefore()))
					&& !deadline.equals(entry.getReminderSentFor()) && StringUtils.hasText(entry.getOwnerEmail())) {
				remind(entry, deadline);
				reminders++;
			}
			if (entry.getStatus() == EntryStatus.PUBLISHED && today.isAfter(deadline)) {
				entry.flag(today);
				history.record(entry, Action.FLAGGED, "Not confirmed by " + DATE.format(deadline));
				flagged.add(entry);
			}
			if (entry.getStatus() == EntryStatus.FLAGGED && today.isAfter(deadline.plusDays(settings.graceDays()))) {
				entry.hideAsStale(today);
				history.record(entry, Action.HIDDEN, "Not confirmed " + settings.graceDays() + " days after "
						+ DATE.format(deadline));
				hidden.add(entry);
			}
		}
		digest(today, flagged, hidden);
		log.info("Directory upkeep: {} reminders, {} flagged, {} hidden", reminders, flagged.size(), hidden.size());
		return new Outcome(reminders, flagged.size(), hidden.size());
	}

	private void remind(DirectoryEntry entry, LocalDate deadline) {
		String token = links.issue(entry);
		String link = settings.link("/owner/" + token);
		String body = """
				Hello%s,

				%s lists "%s" in its public directory of local services. You are named as the person who keeps \
				this entry right.

				Please check the entry by %s: confirm it is still right, or tell us what has changed. You do not \
				need an account. Use this link, which works once, until %s:

				%s

				If we do not hear from you, the entry will be marked as out of date and, %d days after that date, \
				taken off the public directory until it is confirmed.

				If you no longer look after this entry, reply to %s.
				""".formatted(entry.getOwnerName() == null ? "" : " " + entry.getOwnerName(), partnership.name(),
				entry.getName(), DATE.format(deadline),
				DATE.format(links.expiryOfNewLink().atZone(UkTime.ZONE).toLocalDate()), link,
				settings.graceDays(), partnership.contactEmail());
		mailer.queue(Email.of("DIRECTORY_CONFIRM", entry.getOwnerEmail(),
				"Please check your entry in the " + partnership.name() + " directory", body)
			.once("directory-confirm-" + entry.getId() + "-" + deadline));
		entry.reminderSent(deadline);
		history.record(entry, Action.REMINDER_SENT, "Deadline " + DATE.format(deadline));
	}

	private void digest(LocalDate today, List<DirectoryEntry> flagged, List<DirectoryEntry> hidden) {
		String to = StringUtils.hasText(settings.officersEmail()) ? settings.officersEmail() : partnership.contactEmail();
		if ((flagged.isEmpty() && hidden.isEmpty()) || !StringUtils.hasText(to)) {
			return;
		}
		StringBuilder body = new StringBuilder("Directory entries that need attention (")
			.append(DATE.format(today)).append(").\n");
		section(body, "Out of date (flagged, still shown to the public):", flagged);
		section(body, "Hidden from the public (not confirmed after the grace period):", hidden);
		body.append("\nReview them at ").append(settings.link("/staff/directory/flagged")).append('\n');
		mailer.queue(Email.of("DIRECTORY_DIGEST", to, "Directory entries need attention", body.toString())
			.once("directory-digest-" + today));
	}

	private static void section(StringBuilder body, String title, List<DirectoryEntry> list) {
		if (!list.isEmpty()) {
			body.append('\n').append(title).append('\n');
			list.forEach(entry -> body.append("- ").append(entry.getName()).append('\n'));
		}
	}

	record Outcome(int reminders, int flagged, int hidden) {
	}

}

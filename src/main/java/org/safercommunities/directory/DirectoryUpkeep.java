package org.safercommunities.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.safercommunities.directory.EntryChange.Action;
import org.safercommunities.notifications.Email;
import org.safercommunities.notifications.Mailer;
import org.safercommunities.shared.UkDates;
import org.safercommunities.shared.UkTime;
import org.safercommunities.system.PartnershipSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
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

	private final DirectoryEntryRepository entries;

	private final OwnerLinks links;

	private final Mailer mailer;

	private final EntryHistory history;

	private final DirectorySettings settings;

	private final PartnershipSettings partnership;

	private final MessageSource messages;

	DirectoryUpkeep(DirectoryEntryRepository entries, OwnerLinks links, Mailer mailer, EntryHistory history,
			DirectorySettings settings, PartnershipSettings partnership, MessageSource messages) {
		this.messages = messages;
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
				history.record(entry, Action.FLAGGED, text("directory-staff.history.flagged", UkDates.day(deadline)));
				flagged.add(entry);
			}
			if (entry.getStatus() == EntryStatus.FLAGGED && today.isAfter(deadline.plusDays(settings.graceDays()))) {
				entry.hideAsStale(today);
				history.record(entry, Action.HIDDEN, text("directory-staff.history.hidden",
						String.valueOf(settings.graceDays()), UkDates.day(deadline)));
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
		String greeting = entry.getOwnerName() == null ? text("directory-staff.email.confirm.greeting.no-name")
				: text("directory-staff.email.confirm.greeting", entry.getOwnerName());
		String body = text("directory-staff.email.confirm.body", greeting, partnership.name(), entry.getName(),
				UkDates.day(deadline), UkDates.day(links.expiryOfNewLink().atZone(UkTime.ZONE).toLocalDate()), link,
				String.valueOf(settings.graceDays()), partnership.contactEmail());
		mailer.queue(Email.of("DIRECTORY_CONFIRM", entry.getOwnerEmail(),
				text("directory-staff.email.confirm.subject", partnership.name()), body)
			.once("directory-confirm-" + entry.getId() + "-" + deadline));
		entry.reminderSent(deadline);
		history.record(entry, Action.REMINDER_SENT, text("directory-staff.history.reminder-sent", UkDates.day(deadline)));
	}

	private void digest(LocalDate today, List<DirectoryEntry> flagged, List<DirectoryEntry> hidden) {
		String to = StringUtils.hasText(settings.officersEmail()) ? settings.officersEmail() : partnership.contactEmail();
		if ((flagged.isEmpty() && hidden.isEmpty()) || !StringUtils.hasText(to)) {
			return;
		}
		StringBuilder body = new StringBuilder(text("directory-staff.email.digest.intro", UkDates.day(today)))
			.append('\n');
		section(body, text("directory-staff.email.digest.flagged"), flagged);
		section(body, text("directory-staff.email.digest.hidden"), hidden);
		body.append('\n').append(text("directory-staff.email.digest.review", settings.link("/staff/directory/flagged")))
			.append('\n');
		mailer.queue(Email.of("DIRECTORY_DIGEST", to, text("directory-staff.email.digest.subject"), body.toString())
			.once("directory-digest-" + today));
	}

	private static void section(StringBuilder body, String title, List<DirectoryEntry> list) {
		if (!list.isEmpty()) {
			body.append('\n').append(title).append('\n');
			list.forEach(entry -> body.append("- ").append(entry.getName()).append('\n'));
		}
	}

	/** English: the recipients' language is not recorded, and history notes are read on English staff pages. */
	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.UK);
	}

	record Outcome(int reminders, int flagged, int hidden) {
	}

}

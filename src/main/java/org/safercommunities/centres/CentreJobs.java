package org.safercommunities.centres;

import org.safercommunities.shared.UkDates;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.safercommunities.notifications.Email;
import org.safercommunities.notifications.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * The daily work on the centre network: an active centre lapses when its latest training is older than the
 * validity period or its monthly returns are missing for the configured number of consecutive months (the
 * reason is recorded and the coordinator is e-mailed why), and the Hate Crime Lead of every active centre is
 * reminded of the month's return some days before it is due and on the due date. Each centre is handled in its
 * own transaction; e-mails carry dedupe keys, so running the job twice on a day sends nothing twice.
 * <p>The coordinator's address is {@code safer.centres.coordinator-email}, by default the partnership's contact
 * address ({@code safer.partnership.contact-email}).
 */
@Service
public class CentreJobs {

	private static final Logger log = LoggerFactory.getLogger(CentreJobs.class);

	private final CentreRepository centres;

	private final CentreManagement management;

	private final CentreReturns returns;

	private final CentresSettings settings;

	private final Mailer mailer;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String coordinatorEmail;

	CentreJobs(CentreRepository centres, CentreManagement management, CentreReturns returns, CentresSettings settings,
			Mailer mailer, MessageSource messages, TransactionTemplate transactions, Clock clock,
			@Value("${safer.partnership.contact-email:}") String partnershipEmail) {
		this.centres = centres;
		this.management = management;
		this.returns = returns;
		this.settings = settings;
		this.mailer = mailer;
		this.messages = messages;
		this.transactions = transactions;
		this.clock = clock;
		this.coordinatorEmail = StringUtils.hasText(settings.coordinatorEmail()) ? settings.coordinatorEmail()
				: partnershipEmail;
	}

	/** The daily run, for today in UK time. */
	public void runDaily() {
		runOn(LocalDate.now(clock.withZone(CentreManagement.UK)));
	}

	/** The daily run as on a given day (tests move the day). */
	void runOn(LocalDate today) {
		List<Long> active = transactions.execute(status -> centres.findByStatus(CentreStatus.ACTIVE).stream()
			.map(Centre::getOrganisationId).toList());
		int lapsed = 0;
		int reminded = 0;
		for (Long id : active) {
			Integer[] outcome = transactions.execute(status -> {
				Centre centre = centres.findById(id).orElseThrow();
				Optional<String> reason = lapseReason(centre, today);
				if (reason.isPresent()) {
					lapse(centre, reason.get(), today);
					return new Integer[] { 1, 0 };
				}
				return new Integer[] { 0, remind(centre, today) };
			});
			lapsed += outcome[0];
			reminded += outcome[1];
		}
		log.info("Centre daily job for {}: {} active centres checked, {} lapsed, {} reminders queued", today,
				active.size(), lapsed, reminded);
	}

	/** Missing months named one by one up to this many; more are named by the first and the last. */
	static final int LISTED_MONTHS = 6;

	/** Why an active centre lapses today, in English for its history and the coordinator, or empty. */
	Optional<String> lapseReason(Centre centre, LocalDate today) {
		Optional<LocalDate> training = centre.latestTraining();
		if (training.isEmpty()) {
			return Optional.of(message("centres.lapse.no-training"));
		}
		if (Eligibility.trainingExpired(training.get(), today, settings.trainingValidMonths())) {
			return Optional.of(message("centres.lapse.training", UkDates.day(training.get()), settings.trainingValidMonths()));
		}
		List<YearMonth> missing = trailingMissing(centre, today);
		if (missing.size() >= settings.lapseAfterMissingReturns() && missing.size() > LISTED_MONTHS) {
			// Years of silence would overflow the history's reason: the run is named by its ends.
			return Optional.of(message("centres.lapse.returns-long", missing.size(), UkDates.month(missing.get(0)),
					UkDates.month(missing.get(missing.size() - 1))));
		}
		if (missing.size() >= settings.lapseAfterMissingReturns()) {
			return Optional.of(message("centres.lapse.returns", missing.size(),
					missing.stream().map(UkDates::month).collect(Collectors.joining(", "))));
		}
		return Optional.empty();
	}

	/** The overdue months without a return that run up to the latest overdue month, with no return between. */
	private List<YearMonth> trailingMissing(Centre centre, LocalDate today) {
		List<CentreReturn> own = returns.of(centre.getOrganisationId());
		List<YearMonth> overdue = ReturnCalendar.owed(centre.getActiveSince(), today).stream()
			.filter(month -> settings.calendar().overdue(month, today)).toList();
		List<YearMonth> sent = own.stream().map(CentreReturn::getMonth).toList();
		int start = overdue.size();
		while (start > 0 && !sent.contains(overdue.get(start - 1))) {
			start--;
		}
		return overdue.subList(start, overdue.size());
	}

	private void lapse(Centre centre, String reason, LocalDate today) {
		management.lapseAsSystem(centre, reason);
		String name = returns.centreName(centre.getOrganisationId());
		if (StringUtils.hasText(coordinatorEmail)) {
			mailer.queue(Email.of("CENTRE_LAPSED", coordinatorEmail, message("centres.email.lapsed.subject", name),
					message("centres.email.lapsed.body", name, reason, centre.getOrganisationId()))
				.once("centre-lapsed:" + centre.getOrganisationId() + ":" + today));
		}
		else {
			log.warn("Centre {} lapsed but no coordinator e-mail is configured (safer.centres.coordinator-email)",
					centre.getOrganisationId());
		}
	}

	private int remind(Centre centre, LocalDate today) {
		if (!StringUtils.hasText(centre.getLeadEmail())) {
			return 0;
		}
		int queued = 0;
		ReturnCalendar calendar = settings.calendar();
		for (YearMonth month : ReturnCalendar.remindable(today)) {
			if (centre.getActiveSince() == null || month.isBefore(YearMonth.from(centre.getActiveSince()))
					|| returns.find(centre.getOrganisationId(), month).isPresent()) {
				continue;
			}
			Optional<ReturnCalendar.Reminder> reminder = calendar.reminderOn(month, today);
			if (reminder.isPresent()) {
				String kind = reminder.get() == ReturnCalendar.Reminder.BEFORE ? "before" : "due";
				String name = returns.centreName(centre.getOrganisationId());
				boolean sent = mailer.queue(Email.of("CENTRE_RETURN_REMINDER", centre.getLeadEmail(),
						message("centres.email.reminder-" + kind + ".subject", UkDates.month(month), name),
						message("centres.email.reminder-" + kind + ".body", centre.getLeadName(), UkDates.month(month),
								name, UkDates.day(calendar.dueDate(month)), UkDates.monthParam(month)))
					.once("centre-return-reminder:" + centre.getOrganisationId() + ":" + month + ":" + kind));
				queued += sent ? 1 : 0;
			}
		}
		return queued;
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, Locale.UK);
	}

}

package org.safercommunities.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.safercommunities.notifications.Email;
import org.safercommunities.notifications.Mailer;
import org.safercommunities.plans.PlanRecords.Action;
import org.safercommunities.plans.PlanRecords.Meeting;
import org.safercommunities.security.StaffAccounts;
import org.safercommunities.security.StaffAccounts.StaffMember;
import org.safercommunities.shared.UkDates;
import org.safercommunities.shared.UkTime;
import org.safercommunities.system.WebSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Before each board meeting ({@code safer.plans.digest-days-ahead}, default 14 days) every lead officer of an open
 * action led by one of the board's member organisations gets one e-mail listing those actions, each with the link
 * to its page to write the update. Once per meeting and lead: a row in {@code plan_digest_sent} claimed in the same
 * transaction as the outbox e-mail, so a second run, or a second instance, sends nothing.
 */
@Service
public class PlanDigest {

	private static final Logger log = LoggerFactory.getLogger(PlanDigest.class);

	private final PlanStore store;

	private final StaffAccounts staff;

	private final Mailer mailer;

	private final MessageSource messages;

	private final WebSettings web;

	private final PlanSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	PlanDigest(PlanStore store, StaffAccounts staff, Mailer mailer, MessageSource messages, WebSettings web,
			PlanSettings settings, TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.staff = staff;
		this.mailer = mailer;
		this.messages = messages;
		this.web = web;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	public void runDaily() {
		runOn(LocalDate.now(clock.withZone(UkTime.ZONE)));
	}

	/** The digests as on a given day (tests move the day); returns how many e-mails were queued. */
	int runOn(LocalDate today) {
		int queued = 0;
		List<Action> open = store.allActions().stream()
			.filter(action -> action.rag() != Rag.COMPLETE && action.details().leadUserId() != null)
			.toList();
		for (Meeting meeting : store.meetingsBetween(today, today.plusDays(settings.digestDaysAhead()))) {
			Set<Long> members = new HashSet<>(store.boardMembers(meeting.boardId()));
			Map<Long, List<Action>> byLead = new LinkedHashMap<>();
			for (Action action : open) {
				if (members.contains(action.details().leadOrganisationId())) {
					byLead.computeIfAbsent(action.details().leadUserId(), lead -> new ArrayList<>()).add(action);
				}
			}
			for (Map.Entry<Long, List<Action>> digest : byLead.entrySet()) {
				queued += send(meeting, digest.getKey(), digest.getValue(), today) ? 1 : 0;
			}
		}
		log.info("Action plan update digests for {}: {} e-mails queued", today, queued);
		return queued;
	}

	private boolean send(Meeting meeting, long leadUserId, List<Action> actions, LocalDate today) {
		StaffMember lead = staff.member(leadUserId).orElse(null);
		if (lead == null) {
			return false; // a disabled account: the action's page still shows its lead for an officer to change
		}
		try {
			return Boolean.TRUE.equals(transactions.execute(status -> {
				if (!store.claimDigest(meeting.id(), leadUserId, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))) {
					return false;
				}
				return mailer.queue(email(meeting, lead, actions, today));
			}));
		}
		catch (DuplicateKeyException otherInstance) {
			return false; // another instance claimed it at the same moment and sends it
		}
	}

	private Email email(Meeting meeting, StaffMember lead, List<Action> actions, LocalDate today) {
		StringBuilder lines = new StringBuilder();
		for (Action action : actions) {
			ActionStatus status = action.statusOn(today);
			lines.append(message("plans.email.line", action.details().reference(), action.details().what(),
					action.details().deadline() == null ? message("plans.no-deadline") : UkDates.day(action.details().deadline()),
					message(status.messageKey()) + (action.overdueOn(today) ? " (" + message("plans.overdue") + ")" : ""),
					web.link("/staff/plans/actions/" + action.id())))
				.append("\n\n");
		}
		return Email.of("PLAN_UPDATE_DIGEST", lead.email(),
				message("plans.email.subject", meeting.boardName(), UkDates.day(meeting.meetsOn())),
				message("plans.email.body", lead.displayName(), meeting.boardName(), UkDates.day(meeting.meetsOn()),
						lines.toString()))
			.once("plan-update-digest:" + meeting.id() + ":" + lead.id());
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, Locale.UK);
	}

}

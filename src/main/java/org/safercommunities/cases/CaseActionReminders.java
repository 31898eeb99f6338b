package org.safercommunities.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.safercommunities.notifications.Email;
import org.safercommunities.notifications.Mailer;
import org.safercommunities.security.StaffAccounts;
import org.safercommunities.security.StaffAccounts.StaffMember;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.UkDates;
import org.safercommunities.shared.UkTime;
import org.safercommunities.system.WebSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest of actions due soon or overdue: one e-mail per person, through the notifications outbox. An
 * action with a named owner goes to that person; one owned by an organisation with nobody named goes to each of
 * that organisation's staff who work on cases (officers, police, partners), as organisations keep no contact
 * address of their own. The e-mail holds no personal data: each action is its case's reference, its due date and
 * a link to the case; what is to be done is read after signing in. Dedupe keys make a second run on the same day
 * send nothing twice.
 */
@Service
public class CaseActionReminders {

	private static final Logger log = LoggerFactory.getLogger(CaseActionReminders.class);

	private static final Set<Role> CASE_WORKERS = Set.of(Role.OFFICER, Role.POLICE, Role.PARTNER);

	private final CaseActionRepository actions;

	private final CaseFileRepository cases;

	private final StaffAccounts staff;

	private final Mailer mailer;

	private final MessageSource messages;

	private final ActionSettings settings;

	private final WebSettings web;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CaseActionReminders(CaseActionRepository actions, CaseFileRepository cases, StaffAccounts staff, Mailer mailer,
			MessageSource messages, ActionSettings settings, WebSettings web, TransactionTemplate transactions,
			Clock clock) {
		this.actions = actions;
		this.cases = cases;
		this.staff = staff;
		this.mailer = mailer;
		this.messages = messages;
		this.settings = settings;
		this.web = web;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The daily run, for today in UK time. */
	public void runDaily() {
		runOn(LocalDate.now(clock.withZone(UkTime.ZONE)));
	}

	/** The digest as on a given day (tests move the day); returns how many e-mails were queued. */
	int runOn(LocalDate today) {
		Integer queued = transactions.execute(status -> {
			List<CaseAction> due = actions.findByStatusAndDueOnLessThanEqualOrderByDueOnAscIdAsc(ActionStatus.OPEN,
					today.plusDays(settings.remindDaysAhead()));
			Map<Long, String> references = cases.findAllById(due.stream().map(CaseAction::getCaseId).distinct().toList())
				.stream().collect(Collectors.toMap(CaseFile::getId, CaseFile::getReference));
			Map<StaffMember, List<CaseAction>> byRecipient = new LinkedHashMap<>();
			Map<Long, List<StaffMember>> organisationStaff = new LinkedHashMap<>();
			for (CaseAction action : due) {
				for (StaffMember recipient : recipients(action, organisationStaff)) {
					byRecipient.computeIfAbsent(recipient, who -> new ArrayList<>()).add(action);
				}
			}
			int sent = 0;
			for (Map.Entry<StaffMember, List<CaseAction>> digest : byRecipient.entrySet()) {
				sent += queue(digest.getKey(), digest.getValue(), references, today) ? 1 : 0;
			}
			return sent;
		});
		log.info("Case action digest for {}: {} e-mails queued", today, queued);
		return queued == null ? 0 : queued;
	}

	private List<StaffMember> recipients(CaseAction action, Map<Long, List<StaffMember>> organisationStaff) {
		if (action.getOwnerUserId() != null) {
			List<StaffMember> named = staff.member(action.getOwnerUserId()).stream().toList();
			if (!named.isEmpty()) {
				return named;
			}
		}
		return organisationStaff.computeIfAbsent(action.getOwnerOrganisationId(), organisation -> staff
			.membersOf(organisation).stream()
			.filter(member -> member.roles().stream().anyMatch(CASE_WORKERS::contains))
			.toList());
	}

	private boolean queue(StaffMember recipient, List<CaseAction> due, Map<Long, String> references, LocalDate today) {
		StringBuilder lines = new StringBuilder();
		for (CaseAction action : due) {
			String key = action.isOverdueOn(today) ? "cases.work.email.digest.line-overdue" : "cases.work.email.digest.line";
			lines.append(message(key, references.get(action.getCaseId()), UkDates.day(action.getDueOn()),
					web.link("/staff/cases/" + action.getCaseId())))
				.append('\n');
		}
		lines.append(message("cases.work.email.digest.all", web.link("/staff/cases/actions")));
		return mailer.queue(Email.of("CASE_ACTION_DIGEST", recipient.email(),
				message("cases.work.email.digest.subject", due.size()),
				message("cases.work.email.digest.body", lines.toString()))
			.once("case-action-digest:" + recipient.id() + ":" + today));
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, Locale.UK);
	}


}

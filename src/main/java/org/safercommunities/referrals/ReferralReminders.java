package org.safercommunities.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.safercommunities.notifications.Email;
import org.safercommunities.notifications.Mailer;
import org.safercommunities.referrals.ReferralCodes.Status;
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
 * The daily digest of overdue referrals (sent, not answered by the deadline): one e-mail per person a day, to both
 * sides: the receiving organisation's staff who answer referrals (partners, officers) and the person who sent it.
 * Like the case action digest (cases.CaseActionReminders) it goes through the notifications outbox, names no one
 * (a referral number, the other organisation, the deadline and a link), and a dedupe key per person and day makes a
 * second run send nothing twice.
 */
@Service
public class ReferralReminders {

	private static final Logger log = LoggerFactory.getLogger(ReferralReminders.class);

	private static final Set<Role> ANSWERERS = Set.of(Role.PARTNER, Role.OFFICER);

	private final ReferralRepository referrals;

	private final StaffAccounts staff;

	private final Mailer mailer;

	private final MessageSource messages;

	private final WebSettings web;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ReferralReminders(ReferralRepository referrals, StaffAccounts staff, Mailer mailer, MessageSource messages,
			WebSettings web, TransactionTemplate transactions, Clock clock) {
		this.referrals = referrals;
		this.staff = staff;
		this.mailer = mailer;
		this.messages = messages;
		this.web = web;
		this.transactions = transactions;
		this.clock = clock;
	}

	public void runDaily() {
		runOn(LocalDate.now(clock.withZone(UkTime.ZONE)));
	}

	/** The digest as on a given day (tests move the day); returns how many e-mails were queued. */
	int runOn(LocalDate today) {
		Integer queued = transactions.execute(status -> {
			Map<StaffMember, List<Referral>> byRecipient = new LinkedHashMap<>();
			Map<Long, List<StaffMember>> organisationStaff = new LinkedHashMap<>();
			for (Referral referral : referrals.findByStatusInOrderByDueOnAsc(List.of(Status.SENT))) {
				if (!referral.isOverdueOn(today)) {
					continue;
				}
				List<StaffMember> recipients = new ArrayList<>(organisationStaff.computeIfAbsent(
						referral.getReceivingOrganisationId(), organisation -> staff.membersOf(organisation).stream()
							.filter(member -> member.roles().stream().anyMatch(ANSWERERS::contains)).toList()));
				staff.member(referral.getSendingUserId()).ifPresent(recipients::add);
				for (StaffMember recipient : recipients) {
					List<Referral> theirs = byRecipient.computeIfAbsent(recipient, who -> new ArrayList<>());
					if (!theirs.contains(referral)) {
						theirs.add(referral);
					}
				}
			}
			int sent = 0;
			for (Map.Entry<StaffMember, List<Referral>> digest : byRecipient.entrySet()) {
				sent += queue(digest.getKey(), digest.getValue(), today) ? 1 : 0;
			}
			return sent;
		});
		log.info("Overdue referral digest for {}: {} e-mails queued", today, queued);
		return queued == null ? 0 : queued;
	}

	private boolean queue(StaffMember recipient, List<Referral> overdue, LocalDate today) {
		StringBuilder lines = new StringBuilder();
		for (Referral referral : overdue) {
			boolean received = recipient.organisationId() == referral.getReceivingOrganisationId();
			lines.append(message(received ? "referrals.email.line-received" : "referrals.email.line-sent",
					referral.getId(), received ? referral.getSendingName() : referral.getReceivingName(),
					UkDates.day(referral.getDueOn()), web.link("/staff/referrals/" + referral.getId())))
				.append('\n');
		}
		lines.append(message("referrals.email.all", web.link("/staff/referrals")));
		return mailer.queue(Email.of("REFERRAL_OVERDUE_DIGEST", recipient.email(),
				message("referrals.email.subject", overdue.size()), message("referrals.email.body", lines.toString()))
			.once("referral-overdue-digest:" + recipient.id() + ":" + today));
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, Locale.UK);
	}

}

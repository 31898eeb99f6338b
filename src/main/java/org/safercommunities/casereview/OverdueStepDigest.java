package org.safercommunities.casereview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.safercommunities.notifications.Email;
import org.safercommunities.notifications.Mailer;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.OrganisationType;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.security.StaffAccounts;
import org.safercommunities.security.StaffAccounts.StaffMember;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.UkDates;
import org.safercommunities.shared.UkTime;
import org.safercommunities.system.WebSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest of Case Review steps past their working-day deadline (acknowledge, decide, review, the appeal's
 * decision), to the case-review officers: the council's officers, who run the procedure. One e-mail each a day, with
 * references, steps and dates only (no applicant, no problem); each step goes into one digest only
 * ({@code casereview_overdue_notice}), so a step still late tomorrow is not sent again, and a second run the same
 * day sends nothing (the outbox's dedupe key).
 */
@Service
class OverdueStepDigest {

	private static final Logger log = LoggerFactory.getLogger(OverdueStepDigest.class);

	private final JdbcClient jdbc;

	private final CaseReviewSettings settings;

	private final WorkingDays days;

	private final Organisations organisations;

	private final StaffAccounts staff;

	private final Mailer mailer;

	private final MessageSource messages;

	private final WebSettings web;

	private final TransactionTemplate transactions;

	private final Clock clock;

	OverdueStepDigest(JdbcClient jdbc, CaseReviewSettings settings, WorkingDays days, Organisations organisations,
			StaffAccounts staff, Mailer mailer, MessageSource messages, WebSettings web, TransactionTemplate transactions,
			Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.days = days;
		this.organisations = organisations;
		this.staff = staff;
		this.mailer = mailer;
		this.messages = messages;
		this.web = web;
		this.transactions = transactions;
		this.clock = clock;
	}

	void runDaily() {
		runOn(LocalDate.now(clock.withZone(UkTime.ZONE)));
	}

	/** The digest as on a given day (tests move the day); returns how many e-mails were queued. */
	int runOn(LocalDate today) {
		Integer queued = transactions.execute(status -> {
			List<Late> late = newlyOverdue(today);
			if (late.isEmpty()) {
				return 0;
			}
			String body = body(late);
			String subject = message("casereview.email.subject", late.size());
			int sent = 0;
			for (StaffMember officer : officers()) {
				sent += mailer.queue(Email.of("CASE_REVIEW_OVERDUE_DIGEST", officer.email(), subject, body)
					.once("casereview-overdue-digest:" + officer.id() + ":" + today)) ? 1 : 0;
			}
			for (Late step : late) {
				jdbc.sql("insert into casereview_overdue_notice (application_id, step, due_on, notified_on) values (?, ?, ?, ?)")
					.params(step.application().id(), step.step().name(), step.dueOn(), today)
					.update();
			}
			return sent;
		});
		log.info("Overdue Case Review digest for {}: {} e-mails queued", today, queued);
		return queued == null ? 0 : queued;
	}

	/** Applications whose awaited step is past its deadline on {@code today} and was never in a digest. */
	List<Late> newlyOverdue(LocalDate today) {
		return jdbc.sql("select " + Application.COLUMNS + " from casereview_application a where not exists ("
				+ "select 1 from casereview_overdue_notice n where n.application_id = a.id and n.step = (case"
				+ " when a.acknowledged_on is null then 'ACKNOWLEDGE' when a.decided_on is null then 'DECIDE'"
				+ " when a.review_held_on is null then 'REVIEW' else 'APPEAL' end))"
				+ " and (a.review_held_on is null or (a.appeal_received_on is not null and a.appeal_decided_on is null))"
				+ " order by a.received_on, a.id")
			.query(Application::read)
			.list()
			.stream()
			.filter(application -> Deadlines.of(application, settings, days).overdue(application, today))
			.map(application -> new Late(application, application.nextStep(),
					Deadlines.of(application, settings, days).of(application.nextStep())))
			.toList();
	}

	/** The council's officers: the Community Safety Team runs the Case Review. */
	private List<StaffMember> officers() {
		return organisations.active().stream()
			.filter(organisation -> organisation.getType() == OrganisationType.COUNCIL)
			.map(Organisation::getId)
			.flatMap(organisation -> staff.membersOf(organisation).stream())
			.filter(member -> member.roles().contains(Role.OFFICER))
			.toList();
	}

	private String body(List<Late> late) {
		StringBuilder lines = new StringBuilder();
		for (Late step : late) {
			lines.append(message("casereview.email.line", step.application().reference(),
					message(step.step().messageKey()), UkDates.day(step.dueOn()),
					web.link("/staff/case-reviews/" + step.application().id())))
				.append('\n');
		}
		lines.append(message("casereview.email.all", web.link("/staff/case-reviews")));
		return message("casereview.email.body", lines.toString());
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, Locale.UK);
	}

	record Late(Application application, Application.Step step, LocalDate dueOn) {
	}

}

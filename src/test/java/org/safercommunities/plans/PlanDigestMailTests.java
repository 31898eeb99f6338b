package org.safercommunities.plans;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safercommunities.notifications.Mailer;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.plans.PlanRecords.ActionDetails;
import org.safercommunities.plans.PlanRecords.PriorityDetails;
import org.safercommunities.plans.PlanRecords.StrategyDetails;
import org.safercommunities.security.StaffUser;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.Mailbox;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lead officers' digest before a board meeting over real SMTP (GreenMail): each lead gets one e-mail however
 * often the job runs, listing only their own open actions with the link to write the update; nobody else gets it.
 */
@IntegrationTest
class PlanDigestMailTests {

	@RegisterExtension
	static GreenMailExtension mailbox = Mailbox.start();

	@Autowired
	PlanManagement plans;

	@Autowired
	PlanDigest digest;

	@Autowired
	Mailer mailer;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachLeadIsAskedOnceForTheirOwnOpenActions() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		Organisation council = data.anOrganisation();
		Organisation police = data.anOrganisation();
		StaffUser officer = data.aStaffUser(Role.OFFICER, council);
		StaffUser inspector = data.aStaffUser(Role.POLICE, police);
		StaffUser colleague = data.aStaffUser(Role.OFFICER, council);
		long strategy = plans.createStrategyAsSystem(new StrategyDetails(TestData.unique("Strategy"), council.getId(),
				today.minusYears(1), today.plusYears(3), null));
		long priority = plans.addPriorityAsSystem(strategy, new PriorityDetails(1, "Access to justice", null));
		long risk = plans.addActionAsSystem(priority, action("Action 2", "Assess risk with the dashboard", police, inspector, today.minusDays(3)));
		long centres = plans.addActionAsSystem(priority, action("Action 4", "Expand the reporting centres", council, officer, null));
		long done = plans.addActionAsSystem(priority, action("Action 7", "Engage the community", council, officer, null));
		jdbc.sql("update plan_action set rag = 'COMPLETE' where id = ?").param(done).update();
		long board = plans.createBoardAsSystem(TestData.unique("Board"), List.of(council.getId(), police.getId()));
		long meeting = plans.scheduleMeetingAsSystem(board, today.plusDays(14));
		plans.scheduleMeetingAsSystem(board, today.plusDays(30)); // beyond 14 days, even on the next day: not yet

		digest.runOn(today);
		digest.runOn(today);
		digest.runOn(today.plusDays(1)); // the next day's run, the same meeting: nothing more
		for (int batch = 0; batch < 20 && mailer.deliverPending() > 0; batch++) {
			// delivers everything queued, 50 at a time
		}

		List<MimeMessage> toOfficer = to(officer.getEmail());
		assertThat(toOfficer).as("one digest to the officer leading Action 4").hasSize(1);
		String body = GreenMailUtil.getBody(toOfficer.get(0)).replaceAll("=\\r?\\n", "");
		assertThat(body).contains("Action 4", "Expand the reporting centres", "/staff/plans/actions/" + centres)
			.as("only their open actions").doesNotContain("Action 7", "Action 2", "/staff/plans/actions/" + risk);
		assertThat(toOfficer.get(0).getSubject()).contains("Action plan update needed");

		List<MimeMessage> toInspector = to(inspector.getEmail());
		assertThat(toInspector).as("one digest to the police lead").hasSize(1);
		assertThat(GreenMailUtil.getBody(toInspector.get(0)).replaceAll("=\\r?\\n", ""))
			.contains("Action 2", "Overdue", "/staff/plans/actions/" + risk).doesNotContain("Action 4");
		assertThat(to(colleague.getEmail())).as("a colleague who leads nothing gets nothing").isEmpty();
		assertThat(jdbc.sql("select count(*) from plan_digest_sent where meeting_id = ?").param(meeting)
			.query(Long.class).single()).as("one row per lead for the meeting").isEqualTo(2);
	}

	private static ActionDetails action(String reference, String what, Organisation lead, StaffUser officer,
			LocalDate deadline) {
		return new ActionDetails(reference, what, lead.getId(), officer.getId(), deadline, null, List.of());
	}

	private List<MimeMessage> to(String email) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : mailbox.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(email)) {
				found.add(message);
			}
		}
		return found;
	}

}

package org.safercommunities.referrals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safercommunities.notifications.Mailer;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.OrganisationType;
import org.safercommunities.security.StaffUser;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.UkDates;
import org.safercommunities.shared.UkTime;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.Mailbox;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The overdue digest over real SMTP (GreenMail): a safeguarding referral to the MASH not answered the same working
 * day reaches the MASH's partner and the officer who sent it, once each however often the job runs, naming no one.
 */
@IntegrationTest
class ReferralReminderMailTests {

	@RegisterExtension
	static GreenMailExtension mailbox = Mailbox.start();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReceivingServices services;

	@Autowired
	ReferralReminders reminders;

	@Autowired
	Mailer mailer;

	@Test
	void anOverdueSafeguardingReferralIsEMailedOnceToEachSide() throws Exception {
		Organisation council = data.anOrganisation(OrganisationType.COUNCIL);
		Organisation mash = data.anOrganisation(OrganisationType.COUNCIL);
		services.saveAsSystem(mash.getId(), "Multi-Agency Safeguarding Hub", 3, true, false, List.of(), true);
		StaffUser officer = data.aStaffUser(Role.OFFICER, council);
		StaffUser partner = data.aStaffUser(Role.PARTNER, mash);
		Cookie session = SignIn.as(mvc, officer.getEmail());
		String opened = mvc.perform(post("/staff/cases").with(csrf()).cookie(session).param("typeCode", "HATE_CRIME")
			.param("title", "Child at risk").param("account", "Zara, 9, was pushed down the stairs.").param("source", "PHONE"))
			.andReturn().getResponse().getRedirectedUrl();
		long caseId = Long.parseLong(opened.replaceAll("^/staff/cases/(\\d+).*$", "$1"));
		MvcResult sent = mvc.perform(post("/staff/referrals/from-case/" + caseId).with(csrf()).cookie(session)
			.param("receivingOrganisationId", String.valueOf(mash.getId())).param("basis", "SAFEGUARDING")
			.param("basisReason", "A child at risk of significant harm").param("summary", "Child pushed on the stairs")
			.param("shareAccount", "true")).andReturn();
		String target = sent.getResponse().getRedirectedUrl();
		assertThat(target).as(sent.getResponse().getContentAsString()).matches("/staff/referrals/\\d+");
		long referralId = Long.parseLong(target.substring("/staff/referrals/".length()));
		LocalDate due = jdbc.sql("select due_on from referral where id = ?").param(referralId).query(LocalDate.class)
			.single();
		LocalDate today = LocalDate.now(UkTime.ZONE);
		assertThat(due).as("a safeguarding referral is due the same working day").isBetween(today, today.plusDays(2));

		LocalDate dayAfter = due.plusDays(1);
		reminders.runOn(dayAfter);
		reminders.runOn(dayAfter);
		for (int batch = 0; batch < 20 && mailer.deliverPending() > 0; batch++) {
			// delivers everything queued, 50 at a time
		}

		List<MimeMessage> toPartner = to(partner.getEmail());
		assertThat(toPartner).as("one digest to the receiver").hasSize(1);
		assertThat(to(officer.getEmail())).as("one digest to the sender").hasSize(1);
		String body = GreenMailUtil.getBody(toPartner.get(0)).replaceAll("=\\r?\\n", "");
		assertThat(body).contains("Referral " + referralId + " from " + council.getName(), UkDates.day(due),
				"/staff/referrals/" + referralId);
		assertThat(body).as("no personal data").doesNotContain("Zara", "stairs", "Child");
		assertThat(toPartner.get(0).getSubject()).isEqualTo("1 overdue referral");
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

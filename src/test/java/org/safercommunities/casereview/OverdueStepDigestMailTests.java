package org.safercommunities.casereview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safercommunities.notifications.Mailer;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.OrganisationType;
import org.safercommunities.security.StaffUser;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.Mailbox;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overdue Case Review digest over real SMTP (GreenMail): applications received on Christmas Eve 2026 (deadlines
 * over the bank holidays: acknowledge by 5 January, decide by 12 January) reach the council's officers in one digest
 * a day, each step once however often the job runs and however long it stays late, naming no applicant.
 */
@IntegrationTest
class OverdueStepDigestMailTests {

	@RegisterExtension
	static GreenMailExtension mailbox = Mailbox.start();

	@Autowired
	TestData data;

	@Autowired
	CaseReviewApplications applications;

	@Autowired
	OverdueStepDigest digest;

	@Autowired
	Mailer mailer;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachOverdueStepIsEMailedOnceInOneDigestToTheCouncilsOfficers() throws Exception {
		StaffUser officer = data.aStaffUser(Role.OFFICER, data.anOrganisation(OrganisationType.COUNCIL));
		StaffUser partner = data.aStaffUser(Role.PARTNER, data.anOrganisation(OrganisationType.HOUSING));
		Organisation police = data.anOrganisation(OrganisationType.POLICE);
		StaffUser policeOfficer = data.aStaffUser(Role.POLICE, police);
		LocalDate christmasEve = LocalDate.of(2026, 12, 24);
		String family = TestData.unique("Digest");
		Application late = application(christmasEve, family);
		Application acknowledged = application(christmasEve, family + "b");
		applications.acknowledge(acknowledged.id(), LocalDate.of(2026, 12, 29));

		assertThat(textOf(deliveredTo(officer, () -> digest.runOn(LocalDate.of(2027, 1, 5)))))
			.as("5 January is the acknowledgement's last day: not late yet")
			.doesNotContain(late.reference(), acknowledged.reference());

		List<MimeMessage> first = deliveredTo(officer, () -> {
			digest.runOn(LocalDate.of(2027, 1, 6));
			digest.runOn(LocalDate.of(2027, 1, 6));
		});
		assertThat(first).as("one digest, however often the job runs").hasSize(1);
		String body = text(first.get(0));
		assertThat(body).contains(late.reference() + ": Acknowledge, due 5 January 2027",
				"/staff/case-reviews/" + late.id());
		assertThat(body).as("acknowledged in time").doesNotContain(acknowledged.reference());
		assertThat(body).as("no personal data").doesNotContain(family, "Applicant", "Broken glass");
		assertThat(first.get(0).getSubject()).contains("Case Review step");

		assertThat(textOf(deliveredTo(officer, () -> digest.runOn(LocalDate.of(2027, 1, 7)))))
			.as("still not acknowledged the next day, but that step was sent").doesNotContain(late.reference());

		applications.acknowledge(late.id(), LocalDate.of(2027, 1, 7));
		List<MimeMessage> decide = deliveredTo(officer, () -> digest.runOn(LocalDate.of(2027, 1, 13)));
		assertThat(decide).hasSize(1);
		assertThat(text(decide.get(0))).contains(late.reference() + ": Decide on the threshold, due 12 January 2027",
				acknowledged.reference() + ": Decide on the threshold, due 12 January 2027");
		assertThat(jdbc.sql("select count(*) from casereview_overdue_notice where application_id in (?, ?)")
			.params(late.id(), acknowledged.id()).query(Long.class).single()).isEqualTo(3);

		assertThat(to(partner.getEmail())).as("only the council's officers").isEmpty();
		assertThat(to(policeOfficer.getEmail())).isEmpty();
	}

	private Application application(LocalDate received, String family) {
		ApplicationForm form = new ApplicationForm();
		form.setForWhom("SELF");
		form.setGivenName("Applicant");
		form.setFamilyName(family);
		form.setPhone("07700900123");
		form.setProblem("Broken glass thrown in the garden");
		form.setHate("NO");
		form.getIncidents().get(0).setHappenedOn("1 12 2026");
		form.getIncidents().get(0).setReportedOn("2 12 2026");
		form.getIncidents().get(0).setReportedTo("COUNCIL");
		String reference = applications.apply(form, received);
		long id = jdbc.sql("select id from casereview_application where reference = ?").param(reference)
			.query(Long.class).single();
		return applications.find(id).orElseThrow();
	}

	/** The messages to this person that the run delivers. */
	private List<MimeMessage> deliveredTo(StaffUser who, Runnable run) throws Exception {
		int before = to(who.getEmail()).size();
		run.run();
		for (int batch = 0; batch < 50 && mailer.deliverPending() > 0; batch++) {
			// delivers everything queued, a batch at a time
		}
		List<MimeMessage> all = to(who.getEmail());
		return all.subList(before, all.size());
	}

	/** Everything these messages say, as one text. */
	private static String textOf(List<MimeMessage> messages) {
		StringBuilder all = new StringBuilder();
		for (MimeMessage message : messages) {
			all.append(text(message)).append('\n');
		}
		return all.toString();
	}

	private static String text(MimeMessage message) {
		return GreenMailUtil.getBody(message).replaceAll("=\\r?\\n", "");
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

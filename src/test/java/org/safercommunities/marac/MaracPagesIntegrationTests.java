package org.safercommunities.marac;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safercommunities.cases.CaseTestData;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.reporting.ReportTestData;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The CS MARAC's staff pages end to end: a repeat victim's case suggests a referral with the criterion ticked, the
 * referral names the landlord on the perpetrator's side, two meetings are scheduled and held (chair, attendees,
 * agenda, notes, an action carried over, keep then close), and the landlord, who shares the case and attends the
 * meetings, never learns of the referral: not on the case page, the MARAC pages, the meeting page or the minutes.
 */
@IntegrationTest
class MaracPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ReportTestData reports;

	@Autowired
	JdbcClient jdbc;

	Organisation council;

	Organisation police;

	Organisation landlord;

	Cookie officer;

	Cookie policeOfficer;

	Cookie landlordStaff;

	@BeforeEach
	void staff() throws Exception {
		council = data.anOrganisation();
		police = data.anOrganisation();
		landlord = data.anOrganisation();
		officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER, council).getEmail());
		policeOfficer = SignIn.as(mvc, data.aStaffUser(Role.POLICE, police).getEmail());
		landlordStaff = SignIn.as(mvc, data.aStaffUser(Role.PARTNER, landlord).getEmail());
	}

	@Test
	void aRepeatVictimIsReferredHeardTwiceAndClosedAndThePerpetratorsSideNeverLearnsOfIt() throws Exception {
		long caseId = repeatVictimCase();
		share(caseId, police);
		share(caseId, landlord);
		String reference = jdbc.sql("select reference from case_file where id = ?").param(caseId).query(String.class)
			.single();

		String casePage = body(get("/staff/cases/" + caseId), officer);
		assertThat(casePage).as("the repeat victim suggests a referral with the criterion ticked")
			.contains("id=\"marac-suggestion\"", "Refer to the CS MARAC",
					"/staff/cases/" + caseId + "/marac-referral?criteria=REPEAT_VICTIM");
		String form = body(get("/staff/cases/" + caseId + "/marac-referral").param("criteria", "REPEAT_VICTIM"), officer);
		assertThat(form).containsPattern("value=\"REPEAT_VICTIM\"\\s+checked")
			.doesNotContainPattern("value=\"HIGH_RISK\"\\s+checked").contains(landlord.getName(), police.getName());

		String refused = body(post("/staff/cases/" + caseId + "/marac-referral").with(csrf())
			.param("reason", "Third incident this year").param("perpetratorSide", "999999999"), officer);
		assertThat(refused).as("no criterion and an organisation the case does not involve")
			.contains("<title>Error: ", "Select at least one criterion the case meets",
					"Select organisations from the list of those involved in the case", "Third incident this year");

		MvcResult referred = mvc.perform(post("/staff/cases/" + caseId + "/marac-referral").with(csrf()).cookie(officer)
			.param("criteria", "REPEAT_VICTIM").param("criteria", "ESCALATION")
			.param("reason", "Third incident this year, now threats at the door")
			.param("perpetratorSide", String.valueOf(landlord.getId()))).andReturn();
		String target = referred.getResponse().getRedirectedUrl();
		assertThat(target).as(referred.getResponse().getContentAsString()).matches("/staff/marac/referrals/\\d+");
		long referralId = Long.parseLong(target.substring("/staff/marac/referrals/".length()));
		assertThat(body(get(target), officer)).contains(reference, "Repeat victim", "Escalation", "now threats at the door",
				"Not heard at a meeting yet");

		assertThat(body(get("/staff/cases/" + caseId), officer)).as("referred: no suggestion any more")
			.doesNotContain("marac-suggestion");
		assertThat(body(get("/staff/cases/" + caseId), landlordStaff))
			.as("the landlord's case page is as if the case had never been referred")
			.contains("marac-suggestion", "Refer to the CS MARAC");
		assertThat(status(get(target), landlordStaff)).as("the referral is hidden from the perpetrator's side")
			.isEqualTo(404);
		assertThat(body(get("/staff/marac"), landlordStaff)).doesNotContain(reference);
		assertThat(body(get("/staff/marac"), policeOfficer)).as("not a member before a meeting").doesNotContain(reference);
		assertThat(body(get("/staff/marac"), officer)).contains(reference);

		// Two meetings scheduled six weeks apart, far ahead so no other test's meeting shares the dates.
		LocalDate first = LocalDate.now().plusDays(3000 + ThreadLocalRandom.current().nextInt(20000));
		String badSchedule = body(post("/staff/marac/schedule").with(csrf()).param("firstOn", "31 2 2030")
			.param("count", "40"), officer);
		assertThat(badSchedule).contains("Enter the date of the first meeting", "a number from 1 to 12");
		assertThat(status(post("/staff/marac/schedule").with(csrf()).param("firstOn", day(first)).param("count", "2"),
				officer)).isEqualTo(302);
		long meeting = meetingOn(first);
		long next = meetingOn(first.plusWeeks(6));
		assertThat(status(post("/staff/marac/schedule").with(csrf()).param("firstOn", day(first)).param("count", "2"),
				landlordStaff)).as("only the coordinating officer schedules").isEqualTo(403);

		for (long held : new long[] { meeting, next }) {
			assertThat(body(post("/staff/marac/meetings/" + held + "/attendance").with(csrf()).param("chair", ""), officer))
				.contains("Enter who chaired the meeting", "Select the organisations present");
			assertThat(status(post("/staff/marac/meetings/" + held + "/attendance").with(csrf())
				.param("chair", "DI Shah").param("organisations", String.valueOf(council.getId()))
				.param("organisations", String.valueOf(police.getId()))
				.param("organisations", String.valueOf(landlord.getId())), officer)).isEqualTo(302);
		}
		assertThat(body(get("/staff/marac/meetings/" + meeting), landlordStaff))
			.as("the landlord cannot put the referral on the agenda: it is not offered")
			.doesNotContain(reference).doesNotContain("id=\"referralId\"");
		assertThat(status(post("/staff/marac/meetings/" + meeting + "/agenda").with(csrf())
			.param("referralId", String.valueOf(referralId)), landlordStaff)).as("nor add it by its id").isEqualTo(200);
		assertThat(status(post("/staff/marac/meetings/" + meeting + "/agenda").with(csrf())
			.param("referralId", String.valueOf(referralId)), officer)).isEqualTo(302);
		long hearing = hearingOf(meeting, referralId);
		String hearingPage = "/staff/marac/meetings/" + meeting + "/hearings/" + hearing;

		assertThat(body(get("/staff/marac/meetings/" + meeting), policeOfficer)).as("police attended: a member now")
			.contains(reference, "DI Shah", "new");
		String forLandlord = body(get("/staff/marac/meetings/" + meeting), landlordStaff);
		assertThat(forLandlord).as("the landlord attended but sees only that a case was heard")
			.doesNotContain(reference).contains("Case 1 (redacted: your organisation is not a member)");
		assertThat(status(get(hearingPage), landlordStaff)).isEqualTo(404);
		assertThat(status(post(hearingPage + "/notes").with(csrf()).param("notes", "Seen"), landlordStaff)).isEqualTo(404);

		assertThat(body(post(hearingPage + "/notes").with(csrf()).param("notes", " "), policeOfficer))
			.contains("Enter the discussion notes");
		assertThat(status(post(hearingPage + "/notes").with(csrf())
			.param("notes", "Victim moved to a safe address in the north of the borough"), policeOfficer)).isEqualTo(302);
		assertThat(body(post(hearingPage + "/actions").with(csrf()).param("description", "Joint visit"), policeOfficer))
			.contains("Select the organisation responsible", "Enter the due date", "Joint visit");
		assertThat(status(post(hearingPage + "/actions").with(csrf()).param("description", "Joint visit to the victim")
			.param("ownerOrganisationId", String.valueOf(police.getId())).param("dueOn", day(first.plusWeeks(2))),
				policeOfficer)).isEqualTo(302);
		assertThat(status(post(hearingPage + "/decision").with(csrf()).param("decision", "KEEP"), policeOfficer))
			.as("the coordinating officer records the decision").isEqualTo(403);
		assertThat(status(post(hearingPage + "/decision").with(csrf()).param("decision", "KEEP"), officer)).isEqualTo(302);
		assertThat(body(get(hearingPage), officer)).contains("safe address", "Joint visit to the victim",
				police.getName(), "Keep under review");
		assertThat(body(get("/staff/cases/" + caseId), officer)).as("the MARAC's action on the case, for a member")
			.contains("id=\"actions-elsewhere\"", "Joint visit to the victim", "Agreed at the CS MARAC (members only)");
		assertThat(body(get("/staff/cases/" + caseId), landlordStaff)).as("never on the perpetrator's side")
			.doesNotContain("actions-elsewhere", "Joint visit to the victim");

		assertThat(status(post("/staff/marac/meetings/" + next + "/agenda").with(csrf())
			.param("referralId", String.valueOf(referralId)), policeOfficer)).isEqualTo(302);
		long reviewed = hearingOf(next, referralId);
		String nextPage = "/staff/marac/meetings/" + next + "/hearings/" + reviewed;
		String carried = body(get(nextPage), policeOfficer);
		assertThat(carried).as("the visit not done by the next meeting is carried over and flagged")
			.contains("(review)", "Joint visit to the victim", "Carried over from " + day(first));
		long visit = jdbc.sql("select id from marac_action where referral_id = ?").param(referralId).query(Long.class)
			.single();
		assertThat(status(post(nextPage + "/actions/" + visit + "/done").with(csrf()), policeOfficer)).isEqualTo(302);
		assertThat(jdbc.sql("select done_on from marac_action where id = ?").param(visit).query(LocalDate.class).single())
			.isEqualTo(LocalDate.now());

		assertThat(body(post(nextPage + "/decision").with(csrf()).param("decision", "CLOSE"), officer))
			.contains("Enter why the case is closed");
		assertThat(status(post(nextPage + "/decision").with(csrf()).param("decision", "CLOSE")
			.param("reason", "Victim rehoused, no incidents since"), officer)).isEqualTo(302);
		assertThat(body(get(target), officer)).contains("Closed on " + day(first.plusWeeks(6)));
		assertThat(body(get("/staff/cases/" + caseId), officer)).as("closed: the suggestion comes back")
			.contains("marac-suggestion");

		assertThat(body(get("/staff/marac/meetings/" + next + "/minutes"), landlordStaff))
			.doesNotContain(reference).doesNotContain("safe address").doesNotContain("Joint visit");
		assertThat(body(get("/staff/marac/meetings/" + next + "/minutes"), policeOfficer)).contains(reference,
				"Victim rehoused");
		assertThat(body(get("/staff/marac/meetings/" + meeting + "/minutes"), policeOfficer)).contains(reference,
				"Joint visit to the victim", "safe address");
	}

	/** A case whose victim was named in three reports: the repeat-victim flag. */
	private long repeatVictimCase() throws Exception {
		String name = "Amira " + TestData.unique("Marac").replaceAll("[^A-Za-z]", "");
		String email = TestData.unique("marac").replaceAll("[^a-z0-9]", "") + "@example.org";
		long caseId = CaseTestData.openFrom(mvc, officer,
				CaseTestData.namedReport(reports, name, email, "07700 900222").id(), true);
		for (int i = 0; i < 2; i++) {
			String more = CaseTestData.namedReport(reports, name, email, "07700 900222").reference();
			assertThat(status(post("/staff/cases/" + caseId + "/reports").with(csrf()).param("reportReference", more),
					officer)).isEqualTo(302);
		}
		return caseId;
	}

	private void share(long caseId, Organisation with) throws Exception {
		assertThat(status(post("/staff/cases/" + caseId + "/shares").with(csrf())
			.param("organisationId", String.valueOf(with.getId())).param("level", "WHOLE")
			.param("shareReason", "Joint working"), officer)).isEqualTo(302);
	}

	private long meetingOn(LocalDate day) {
		return jdbc.sql("select max(id) from marac_meeting where held_on = ?").param(day).query(Long.class).single();
	}

	private long hearingOf(long meeting, long referral) {
		return jdbc.sql("select id from marac_hearing where meeting_id = ? and referral_id = ?").params(meeting, referral)
			.query(Long.class).single();
	}

	private static String day(LocalDate day) {
		return org.safercommunities.shared.UkDates.day(day);
	}

	private String body(MockHttpServletRequestBuilder request, Cookie who) throws Exception {
		return mvc.perform(request.cookie(who)).andReturn().getResponse().getContentAsString();
	}

	private int status(MockHttpServletRequestBuilder request, Cookie who) throws Exception {
		return mvc.perform(request.cookie(who)).andReturn().getResponse().getStatus();
	}

}

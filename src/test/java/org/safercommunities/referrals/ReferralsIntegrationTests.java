package org.safercommunities.referrals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.OrganisationType;
import org.safercommunities.reporting.PublicReports;
import org.safercommunities.security.StaffUser;
import org.safercommunities.shared.IndicatorCounts;
import org.safercommunities.shared.IndicatorCounts.Count;
import org.safercommunities.shared.IndicatorCounts.Months;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.UkTime;
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
 * Issue 13's "done means", through the pages: an officer refers a victim from a case to Victim Support with
 * consent (suggested by the report's "support wanted" answer, previewed first); Victim Support's partner sees the
 * account and contact details and nothing else of the case, accepts, records contact and completion, which flow
 * back to the case timeline; the reporter's follow-up page says so; a refused consent blocks the contact details;
 * an overdue referral is highlighted to both sides and e-mailed once a day; a withdrawal says what had gone.
 */
@IntegrationTest
class ReferralsIntegrationTests {

	static final String ACCOUNT = "Ada was spat at and called names at the bus stop by her neighbour.";

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
	ReferralCounts counts;

	Organisation council;

	Organisation victimSupport;

	StaffUser officer;

	Cookie officerSession;

	StaffUser partner;

	Cookie partnerSession;

	long caseId;

	String caseReference;

	String[] report;

	@BeforeEach
	void aCaseWithAVictimAReportAndVictimSupportOnTheList() throws Exception {
		council = data.anOrganisation(OrganisationType.COUNCIL);
		victimSupport = data.anOrganisation(OrganisationType.VICTIM_SERVICE);
		services.saveAsSystem(victimSupport.getId(), "Emotional and practical support for victims of crime", 2, false,
				true, List.of("EMOTIONAL", "PRACTICAL"), true);
		officer = data.aStaffUser(Role.OFFICER, council);
		officerSession = SignIn.as(mvc, officer.getEmail());
		partner = data.aStaffUser(Role.PARTNER, victimSupport);
		partnerSession = SignIn.as(mvc, partner.getEmail());
		String opened = redirect(post("/staff/cases").param("typeCode", "HATE_CRIME").param("title", "Abuse at a bus stop")
			.param("account", ACCOUNT).param("source", "PHONE").param("placeDescription", "Flat 3, Secret Court"),
				officerSession);
		caseId = Long.parseLong(opened.replaceAll("^/staff/cases/(\\d+).*$", "$1"));
		caseReference = jdbc.sql("select reference from case_file where id = ?").param(caseId).query(String.class).single();
		redirect(post("/staff/cases/" + caseId + "/parties").param("givenName", "Ada").param("familyName", "Referred")
			.param("phone", "07700 900123").param("email", "ada@example.test").param("partyRole", "VICTIM")
			.param("choice", "NEW"), officerSession);
		redirect(post("/staff/cases/" + caseId + "/parties").param("givenName", "Leon").param("familyName", "Perpetrator")
			.param("partyRole", "ALLEGED_PERPETRATOR").param("choice", "NEW"), officerSession);
		report = PublicReports.sendAnonymousReportKeepingTheSecret(mvc);
		redirect(post("/staff/cases/" + caseId + "/reports").param("reportReference", report[0]), officerSession);
	}

	@Test
	void anOfficerRefersWithConsentAndVictimSupportSeesOnlyTheReferralAnswersItAndTheVictimIsTold() throws Exception {
		// The report asked for emotional support: Victim Support is suggested and chosen; the summary is pre-filled.
		Document form = Jsoup.parse(page("/staff/referrals/from-case/" + caseId, officerSession));
		assertThat(form.select("#suggested").text()).contains(victimSupport.getName(), "emotional support");
		assertThat(form.select("#receivingOrganisationId option[value=" + victimSupport.getId() + "]")).hasSize(1);
		assertThat(form.select("#summary").text()).startsWith("Abuse at a bus stop");

		// The preview is exactly what the receiver will see, and the consent script names them.
		Document preview = Jsoup.parse(content(mvc.perform(sending("CONSENT", "GIVEN", true, "/preview")
			.cookie(officerSession)).andReturn()));
		assertThat(preview.select("#copy-to").text()).isEqualTo(victimSupport.getName());
		assertThat(preview.select("#copy-account").text()).isEqualTo(ACCOUNT);
		assertThat(preview.select("#copy-contact").text()).contains("Ada Referred", "07700 900123", "ada@example.test");
		assertThat(preview.select("#consent-wording").text()).contains("We would like to refer you to " + victimSupport.getName());
		assertThat(jdbc.sql("select count(*) from referral where case_id = ?").param(caseId).query(Long.class).single())
			.as("a preview sends nothing").isZero();

		long referralId = send("CONSENT", "GIVEN", true);
		assertThat(jdbc.sql("select summary || account || contact_details from referral where id = ?").param(referralId)
			.query(String.class).single()).as("encrypted at rest").doesNotContain("Ada", "bus stop", "07700");
		assertThat(jdbc.sql("select wording_shown from referral_consent_event where referral_id = ? and kind = 'GIVEN'")
			.param(referralId).query(String.class).single())
			.contains("We would like to refer you to " + victimSupport.getName(),
					"Yes: share my account and my contact details with " + victimSupport.getName());

		// Victim Support's inbox and page: the account and contact, nothing else of the case.
		Document inbox = Jsoup.parse(page("/staff/referrals", partnerSession));
		assertThat(inbox.select("#received-" + referralId).text()).contains(council.getName(), "New");
		Document received = Jsoup.parse(page("/staff/referrals/" + referralId, partnerSession));
		assertThat(received.select("#copy-account").text()).isEqualTo(ACCOUNT);
		assertThat(received.select("#copy-contact").text()).contains("07700 900123");
		assertThat(received.text()).as("nothing else of the case").doesNotContain("Leon", "Perpetrator", "Secret Court",
				caseReference);
		assertThat(mvc.perform(get("/staff/cases/" + caseId).cookie(partnerSession)).andReturn().getResponse().getStatus())
			.as("the case itself stays closed to them").isEqualTo(404);
		assertThat(audited("REFERRAL_VIEWED", partner, referralId)).isPositive();

		redirect(post("/staff/referrals/" + referralId + "/accept"), partnerSession);
		redirect(post("/staff/referrals/" + referralId + "/contact"), partnerSession);
		Document completing = Jsoup.parse(content(mvc.perform(post("/staff/referrals/" + referralId + "/complete")
			.with(csrf()).cookie(partnerSession).param("text", " ")).andReturn()));
		assertThat(completing.select(".govuk-error-summary__list a[href=#text]").text())
			.isEqualTo("Enter the outcome of the referral");
		redirect(post("/staff/referrals/" + referralId + "/complete").param("text", "Six support sessions given"),
				partnerSession);
		assertThat(Jsoup.parse(page("/staff/referrals/" + referralId, partnerSession)).select("#completed").text())
			.contains("Six support sessions given");
		assertThat(mvc.perform(post("/staff/referrals/" + referralId + "/accept").with(csrf()).cookie(partnerSession))
			.andReturn().getResponse().getStatus()).as("a completed referral cannot be accepted again").isEqualTo(409);

		// Back on the sender's case timeline.
		String casePage = page("/staff/cases/" + caseId, officerSession);
		assertThat(casePage).contains("Referred to " + victimSupport.getName(),
				victimSupport.getName() + " accepted the referral",
				victimSupport.getName() + " made contact with the person",
				victimSupport.getName() + " completed the referral: Six support sessions given");

		// The reporter's follow-up page, in plain words.
		Document followUp = Jsoup.parse(PublicReports.followUpPage(mvc, report[0], report[1]));
		assertThat(followUp.select("#referrals").text()).isEqualTo("Support organisations");
		assertThat(followUp.select("#referral-0").text()).contains("we referred you to " + victimSupport.getName(),
				"They have told us they have been in touch with you.");

		// The dashboard counts, by receiving organisation.
		List<Count> seen = new ArrayList<>();
		YearMonth month = YearMonth.now(UkTime.ZONE);
		counts.countMonths(Months.of(month), seen::add);
		assertThat(count(seen, IndicatorCounts.ALL, victimSupport.getName())).isEqualTo(1);
		assertThat(count(seen, "ACCEPTED", victimSupport.getName())).isEqualTo(1);
		assertThat(count(seen, "ANSWERED_IN_TIME", victimSupport.getName())).isEqualTo(1);
		assertThat(count(seen, "VICTIMS_REFERRED_TO_SUPPORT", victimSupport.getName())).isEqualTo(1);
	}

	@Test
	void aRefusedConsentBlocksTheContactDetailsEvenWhenTicked() throws Exception {
		Document preview = Jsoup.parse(content(mvc.perform(sending("CONSENT", "REFUSED", true, "/preview")
			.cookie(officerSession)).andReturn()));
		assertThat(preview.select("#copy-contact").text()).isEqualTo("Not shared: the basis does not allow contact details");
		long referralId = send("CONSENT", "REFUSED", true);
		assertThat(jdbc.sql("select count(*) from referral where id = ? and contact_details is null").param(referralId)
			.query(Long.class).single()).isEqualTo(1);
		Document received = Jsoup.parse(page("/staff/referrals/" + referralId, partnerSession));
		assertThat(received.select("#copy-contact").text()).isEqualTo("Not shared: the basis does not allow contact details");
		assertThat(received.text()).doesNotContain("07700", "ada@example.test");
		assertThat(received.select("#copy-account").text()).isEqualTo(ACCOUNT);
	}

	@Test
	void anOverdueReferralIsHighlightedToBothSidesAndEMailedOnceADayToEach() throws Exception {
		long referralId = send("CONSENT", "GIVEN", false);
		LocalDate today = LocalDate.now(UkTime.ZONE);
		jdbc.sql("update referral set due_on = ? where id = ?").params(today.minusDays(1), referralId).update();

		assertThat(Jsoup.parse(page("/staff/referrals", partnerSession)).select("#received-" + referralId).text())
			.contains("Overdue");
		assertThat(Jsoup.parse(page("/staff/referrals", partnerSession)).select("#overdue-received").text())
			.contains("1 referral sent to you is overdue");
		assertThat(Jsoup.parse(page("/staff/referrals", officerSession)).select("#overdue-sent").text())
			.contains("1 referral you sent has not been answered by the deadline");
		assertThat(Jsoup.parse(page("/staff/referrals/" + referralId, officerSession)).select("#overdue").text())
			.contains("this referral is overdue");

		Document casePage = Jsoup.parse(page("/staff/cases/" + caseId, officerSession));
		assertThat(casePage.select("#case-referral-" + referralId).text()).as("listed on the case page, overdue")
			.contains(victimSupport.getName(), org.safercommunities.shared.UkDates.day(today.minusDays(1)), "Overdue");
		assertThat(casePage.select("#case-referral-" + referralId + " .govuk-tag--red")).hasSize(1);
		assertThat(casePage.select("#case-referral-" + referralId + " a").attr("href"))
			.isEqualTo("/staff/referrals/" + referralId);

		// Another organisation with the whole case shared sees the case, but not a referral it neither sent nor received.
		Organisation housing = data.anOrganisation(OrganisationType.HOUSING);
		redirect(post("/staff/cases/" + caseId + "/shares").param("organisationId", String.valueOf(housing.getId()))
			.param("level", "WHOLE").param("shareReason", "Joint working"), officerSession);
		Document shared = Jsoup.parse(page("/staff/cases/" + caseId,
				SignIn.as(mvc, data.aStaffUser(Role.OFFICER, housing).getEmail())));
		assertThat(shared.select("#referrals").text()).as("the referrals' own rule decides, not the case's")
			.contains("No referrals from this case were sent or received by your organisation.");
		assertThat(shared.select("#case-referral-" + referralId)).isEmpty();

		reminders.runOn(today);
		reminders.runOn(today);
		assertThat(digests(partner, today)).as("one digest to the receiver").isEqualTo(1);
		assertThat(digests(officer, today)).as("one digest to the sender").isEqualTo(1);
		assertThat(jdbc.sql("select subject from email_outbox where dedupe_key = ?")
			.param("referral-overdue-digest:" + partner.getId() + ":" + today).query(String.class).single())
			.matches("\\d+ overdue referrals?");
		reminders.runOn(today.plusDays(1));
		assertThat(digests(partner, today.plusDays(1))).as("again the next day, while still overdue").isEqualTo(1);

		redirect(post("/staff/referrals/" + referralId + "/accept"), partnerSession);
		assertThat(Jsoup.parse(page("/staff/referrals", partnerSession)).select("#received-" + referralId).text())
			.doesNotContain("Overdue");
	}

	@Test
	void aGatewayNeedsItsReasonAndTheFormKeepsWhatWasTyped() throws Exception {
		MvcResult result = mvc.perform(post("/staff/referrals/from-case/" + caseId).with(csrf()).cookie(officerSession)
			.param("receivingOrganisationId", String.valueOf(victimSupport.getId())).param("basis", "SECTION_115")
			.param("summary", "Kept summary")).andReturn();
		Document page = Jsoup.parse(content(result));
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary__list a[href=#basisReason]").text())
			.isEqualTo("Enter why the legal gateway applies");
		assertThat(page.select("#summary").text()).isEqualTo("Kept summary");
		assertThat(jdbc.sql("select count(*) from referral where case_id = ?").param(caseId).query(Long.class).single())
			.isZero();
	}

	@Test
	void withdrawingConsentStopsFurtherSharingAndSaysWhatHadGone() throws Exception {
		long referralId = send("CONSENT", "GIVEN", true);
		MvcResult withdrawn = mvc.perform(post("/staff/referrals/" + referralId + "/withdraw-consent").with(csrf())
			.cookie(officerSession)).andReturn();
		assertThat(withdrawn.getFlashMap().get("flashSuccess").toString())
			.contains("the summary, the account and the contact details were already sent; they cannot be called back");
		Document received = Jsoup.parse(page("/staff/referrals/" + referralId, partnerSession));
		assertThat(received.select("#copy-account").text()).isEqualTo("No longer shared: the person withdrew their consent");
		assertThat(received.text()).doesNotContain("07700", ACCOUNT);
		assertThat(mvc.perform(post("/staff/referrals/" + referralId + "/withdraw-consent").with(csrf())
			.cookie(partnerSession)).andReturn().getResponse().getStatus()).as("only the sender records it")
			.isEqualTo(403);
	}

	private long send(String basis, String consent, boolean shareContact) throws Exception {
		String target = redirect(sending(basis, consent, shareContact, ""), officerSession);
		assertThat(target).matches("/staff/referrals/\\d+");
		return Long.parseLong(target.substring("/staff/referrals/".length()));
	}

	private MockHttpServletRequestBuilder sending(String basis, String consent, boolean shareContact, String step) {
		return post("/staff/referrals/from-case/" + caseId + step).with(csrf())
			.param("receivingOrganisationId", String.valueOf(victimSupport.getId())).param("basis", basis)
			.param("consent", consent).param("summary", "Abuse at a bus stop: would like emotional support")
			.param("shareAccount", "true").param("_shareAccount", "on")
			.param("shareContact", String.valueOf(shareContact)).param("_shareContact", "on");
	}

	private long digests(StaffUser user, LocalDate day) {
		return jdbc.sql("select count(*) from email_outbox where dedupe_key = ? and purpose = 'REFERRAL_OVERDUE_DIGEST'")
			.param("referral-overdue-digest:" + user.getId() + ":" + day).query(Long.class).single();
	}

	private long audited(String action, StaffUser user, long referralId) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and actor_user_id = ? and record_id = ?")
			.params(action, user.getId(), String.valueOf(referralId)).query(Long.class).single();
	}

	private static long count(List<Count> counts, String measure, String breakdown) {
		return counts.stream().filter(c -> c.measure().equals(measure) && c.breakdown().equals(breakdown))
			.mapToLong(Count::count).sum();
	}

	private String redirect(MockHttpServletRequestBuilder request, Cookie who) throws Exception {
		MvcResult result = mvc.perform(request.with(csrf()).cookie(who)).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as(result.getResponse().getStatus() + " "
				+ result.getResponse().getContentAsString()).isNotNull();
		return result.getResponse().getRedirectedUrl();
	}

	private String page(String path, Cookie who) throws Exception {
		MvcResult result = mvc.perform(get(path).cookie(who)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path + " " + result.getResponse().getContentAsString())
			.isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private static String content(MvcResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}

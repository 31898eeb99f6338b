package org.safercommunities.marac;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.PdfChecks;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The CS MARAC: Table 1 of the annual report, carried-over actions, and minutes redacted per organisation. */
@IntegrationTest
class MaracIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	TestData data;

	@Autowired
	MaracReferrals referrals;

	@Autowired
	MaracMeetings meetings;

	@Autowired
	MaracStatistics statistics;

	@Autowired
	MaracMinutes minutes;

	@Test
	void tableOneAndItsAveragesAreReproduced() {
		long council = data.anOrganisation().getId();
		// 2011/12, a year no other test uses. The 19 cases under review at the first meeting were new before it.
		assertThat(meetings.schedule(LocalDate.of(2011, 4, 13), 8).get(1)).as("every six weeks")
			.isEqualTo(LocalDate.of(2011, 5, 25));
		int reheardAfterClosing = MaracYearRecords.from(context).seedTableOne(council, 2011);

		MaracStatistics.Table table = statistics.table(LocalDate.of(2011, 4, 1), LocalDate.of(2012, 3, 31));

		assertThat(table.meetings()).extracting(MaracStatistics.MeetingFigures::heard)
			.containsExactly(26L, 23L, 23L, 16L, 16L, 19L, 20L, 16L);
		assertThat(table.meetings()).extracting(MaracStatistics.MeetingFigures::newCases)
			.containsExactly(7L, 5L, 3L, 2L, 2L, 6L, 3L, 1L);
		assertThat(table.meetings()).extracting(MaracStatistics.MeetingFigures::closed)
			.containsExactly(8L, 3L, 10L, 2L, 3L, 2L, 5L, 1L);
		assertThat(reheardAfterClosing).isEqualTo(1);
		// "an average of between 19 to 20 cases heard per meeting": 159 / 8 = 19.875, which holds.
		assertThat(table.totalHeard()).isEqualTo(159);
		assertThat(table.averageHeard()).isEqualByComparingTo("19.875").isBetween(new BigDecimal(19), new BigDecimal(20));
		// "between 3 to 4 new referrals": 29 / 8 = 3.625, which holds.
		assertThat(table.totalNew()).isEqualTo(29);
		assertThat(table.averageNew()).isEqualByComparingTo("3.625").isBetween(new BigDecimal(3), new BigDecimal(4));
		// "between 4 and 5 cases … closed": 34 / 8 = 4.25, which holds.
		assertThat(table.totalClosed()).isEqualTo(34);
		assertThat(table.averageClosed()).isEqualByComparingTo("4.25").isBetween(new BigDecimal(4), new BigDecimal(5));
	}

	@Test
	void anActionNotDoneByTheNextMeetingIsCarriedOverAndFlagged() {
		long council = data.anOrganisation().getId();
		long police = data.anOrganisation().getId();
		long referral = refer(council, LocalDate.of(2010, 1, 5));
		long first = meetings.hold(LocalDate.of(2010, 1, 13), "Chair", List.of(council, police));
		meetings.hear(first, referral);
		long visit = meetings.addAction(first, referral, "Joint visit to the victim", police, LocalDate.of(2010, 2, 1));
		long letter = meetings.addAction(first, referral, "Warning letter", council, LocalDate.of(2010, 1, 20));
		meetings.actionDone(letter, LocalDate.of(2010, 1, 19));
		long late = meetings.addAction(first, referral, "CCTV request", council, LocalDate.of(2010, 2, 1));
		meetings.actionDone(late, LocalDate.of(2010, 3, 1)); // done, but after the next meeting

		long next = meetings.hold(LocalDate.of(2010, 2, 24), "Chair", List.of(council, police));
		meetings.hear(next, referral);
		long fresh = meetings.addAction(next, referral, "Review the tenancy", council, LocalDate.of(2010, 3, 30));

		List<MaracMeetings.Action> agenda = meetings.actions(next, referral);
		assertThat(agenda).extracting(MaracMeetings.Action::id).containsExactly(visit, late, fresh);
		assertThat(agenda).filteredOn(MaracMeetings.Action::carriedOver).extracting(MaracMeetings.Action::id)
			.containsExactly(visit, late);
		assertThat(meetings.hearings(next)).extracting(MaracMeetings.Hearing::kind).containsExactly(MaracMeetings.Kind.REVIEW);
		MaracMinutes.Minutes made = minutes.forRecipient(next, police);
		assertThat(made.items().get(0).actions()).filteredOn(MaracMinutes.ActionLine::carriedOver).hasSize(2);
	}

	@Test
	void minutesAreRedactedPerRecipientAndNeverReachThePerpetratorsSide() throws Exception {
		Organisation council = data.anOrganisation();
		Organisation police = data.anOrganisation();
		Organisation landlord = data.anOrganisation(); // houses the perpetrator of the first case
		Organisation absent = data.anOrganisation();
		long first = referrals.record(1_000_001L, "C-MARAC-1", council.getId(), Set.of(Criterion.REPEAT_VICTIM),
				"Repeat victim", Set.of(landlord.getId()), LocalDate.of(2009, 5, 1));
		long second = referrals.record(1_000_002L, "C-MARAC-2", council.getId(), Set.of(Criterion.HIGH_RISK), "High risk",
				Set.of(), LocalDate.of(2009, 5, 1));
		long meeting = meetings.hold(LocalDate.of(2009, 5, 13), "Chair",
				List.of(council.getId(), police.getId(), landlord.getId()));
		meetings.note(meetings.hear(meeting, first), "Victim moved to a safe address in the north of the borough");
		meetings.note(meetings.hear(meeting, second), "Noise nuisance escalating");
		meetings.addAction(meeting, first, "Safety plan with the victim", police.getId(), LocalDate.of(2009, 6, 1));

		String forPolice = page(meeting, police);
		assertThat(forPolice).contains("C-MARAC-1").contains("safe address").contains("Safety plan")
			.contains("C-MARAC-2");
		String forLandlord = page(meeting, landlord);
		assertThat(forLandlord).as("the perpetrator's landlord attended but never sees the first case")
			.doesNotContain("C-MARAC-1").doesNotContain("safe address").doesNotContain("Safety plan")
			.contains("Redacted").contains("C-MARAC-2").contains("Noise nuisance");
		String forAbsent = page(meeting, absent);
		assertThat(forAbsent).doesNotContain("C-MARAC-1").doesNotContain("C-MARAC-2").doesNotContain("Noise nuisance");

		Cookie landlordStaff = SignIn.as(mvc, data.aStaffUser(Role.PARTNER, landlord).getEmail());
		byte[] pdf = mvc.perform(get("/staff/marac/meetings/" + meeting + "/minutes.pdf").cookie(landlordStaff))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		String text = PdfChecks.text(pdf);
		assertThat(text).contains("C-MARAC-2").doesNotContain("C-MARAC-1").doesNotContain("safe address");
		assertThat(MaracAccess.reaches(referrals.ownership(first), landlord.getId())).isFalse();
		assertThat(MaracAccess.reaches(referrals.ownership(first), police.getId())).isTrue();
	}

	private String page(long meeting, Organisation organisation) throws Exception {
		Cookie staff = SignIn.as(mvc, data.aStaffUser(Role.PARTNER, organisation).getEmail());
		return mvc.perform(get("/staff/marac/meetings/" + meeting + "/minutes").cookie(staff)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	private long refer(long organisation, LocalDate on) {
		return referrals.record(on.toEpochDay(), "C-" + on, organisation, Set.of(Criterion.HIGH_RISK), "High risk",
				Set.of(), on);
	}

}

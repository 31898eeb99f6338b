package org.safercommunities.feedback;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.UkTime;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The satisfaction gap page: last month's answers by channel, shown to the board, with small groups as [c]. */
@IntegrationTest
class SatisfactionGapIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	FeedbackInvitationRepository invitations;

	@Autowired
	FeedbackResponseRepository responses;

	@Test
	void theBoardReadsLastMonthsSatisfactionByChannelWithoutSmallGroups() throws Exception {
		LocalDate lastMonth = YearMonth.now(UkTime.ZONE).minusMonths(1).atDay(10);
		for (int i = 0; i < 6; i++) {
			answer(lastMonth, "ONLINE", "YES");
		}
		String page = mvc.perform(get("/staff/feedback/satisfaction").cookie(SignIn.as(mvc, data.aStaffUser(Role.BOARD).getEmail())))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("The satisfaction gap", "Everyone who answered", "By how the report came", "By ward");
		Matcher online = Pattern.compile("Online</th>\\s*<td[^>]*>(\\d+)</td>\\s*<td[^>]*>(\\d+)%</td>").matcher(page);
		assertThat(online.find()).as("the online row has figures:\n" + page).isTrue();
		assertThat(Integer.parseInt(online.group(1))).isGreaterThanOrEqualTo(6);
		assertThat(mvc.perform(get("/staff/feedback/satisfaction").cookie(SignIn.as(mvc,
				data.aStaffUser(Role.CENTRE_WORKER).getEmail()))).andReturn().getResponse().getStatus()).isEqualTo(403);
	}

	private void answer(LocalDate on, String channel, String support) {
		FeedbackInvitation invitation = invitations.save(new FeedbackInvitation(-System.nanoTime() % 1_000_000_000L, on, on));
		SurveyForm form = new SurveyForm();
		form.setListenedTo("YES");
		form.setKeptInformed("YES");
		form.setSupport(support);
		form.setReportAgain("YES");
		responses.save(new FeedbackResponse(invitation.getId(), on, form, channel, null, Set.of("RACE")));
	}

}

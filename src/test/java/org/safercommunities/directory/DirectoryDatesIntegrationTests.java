package org.safercommunities.directory;

import java.time.LocalDate;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Directory pages, staff and public, write days the UK way ("1 December 2026"), never the US way. */
@IntegrationTest
class DirectoryDatesIntegrationTests {

	/** "December 1, 2026" or "12/1/2026". */
	private static final Pattern US_DATE = Pattern.compile(
			"\\b(January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, \\d{4}"
					+ "|\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	ApplicationContext context;

	@Test
	void staffAndPublicDirectoryPagesShowDaysInUkStyle() throws Exception {
		DirectoryTestData directory = DirectoryTestData.from(context);
		LocalDate confirmed = LocalDate.now().minusMonths(1).withDayOfMonth(1);
		long id = directory.save(EntryType.SUPPORT, DirectoryTestData.aSupportService(DirectoryTestData.word("Dated") + " Advice"),
				TestData.unique("owner") + "@owner.example", confirmed);
		Cookie officer = SignIn.as(mvc, testData.aStaffUser(Role.OFFICER).getEmail());

		String list = page("/staff/directory", officer);
		String entry = page("/staff/directory/" + id, officer);
		String publicEntry = page("/directory/" + directory.slugOf(id), null);

		assertThat(list).as("staff list").contains(uk(confirmed));
		assertThat(entry).as("staff entry (the owner's deadline)").containsPattern("confirm this entry by \\d{1,2} [A-Z][a-z]+ \\d{4}\\.");
		assertThat(publicEntry).as("public entry").contains(uk(confirmed));
		for (String page : new String[] { list, entry, publicEntry, page("/staff/directory/flagged", officer) }) {
			assertThat(US_DATE.matcher(page).results().map(match -> match.group()).toList()).as("US-style dates")
				.isEmpty();
		}
	}

	@Test
	void otherLanguagesKeepTheDayMonthYearOrderWithTheirOwnMonthNames() {
		LocalDate day = LocalDate.of(2026, 12, 1);

		assertThat(DirectoryText.dayText(day, java.util.Locale.ENGLISH)).isEqualTo("1 December 2026");
		assertThat(DirectoryText.dayText(day, java.util.Locale.forLanguageTag("en-easyread"))).isEqualTo("1 December 2026");
		assertThat(DirectoryText.dayText(day, java.util.Locale.forLanguageTag("pl"))).isEqualTo("1 grudnia 2026");
	}

	private String uk(LocalDate day) {
		return day.getDayOfMonth() + " " + day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
				+ " " + day.getYear();
	}

	private String page(String path, Cookie who) throws Exception {
		var request = get(path);
		if (who != null) {
			request.cookie(who);
		}
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

}

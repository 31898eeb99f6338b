package org.safercommunities.directory;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safercommunities.notifications.Mailer;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.Mailbox;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Self-maintenance: the owner's reminder arrives over SMTP with a working one-time link; an unconfirmed entry is
 * flagged, then hidden after the grace period, and comes back when its owner confirms.
 */
@IntegrationTest
class DirectoryUpkeepIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mailbox = Mailbox.start().withPerMethodLifecycle(false);

	private static final Pattern LINK = Pattern.compile("http://localhost(?::8080)?(/owner/[A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	DirectoryUpkeep upkeep;

	@Autowired
	Mailer mailer;

	@Autowired
	DirectorySettings settings;

	@Test
	void aStaleEntryIsFlaggedThenHiddenAndComesBackWhenItsOwnerConfirmsThroughTheEmailedLink() throws Exception {
		DirectoryTestData data = DirectoryTestData.from(context);
		String word = DirectoryTestData.word("Wombat");
		String owner = TestData.unique("owner") + "@owner.example";
		LocalDate today = LocalDate.now();
		LocalDate confirmed = today.minusMonths(settings.confirmEveryMonths()).minusDays(1);
		long id = data.save(EntryType.SUPPORT, DirectoryTestData.aSupportService(word + " Advice"), owner, confirmed);
		LocalDate deadline = confirmed.plusMonths(settings.confirmEveryMonths());

		upkeep.runDaily(today);

		assertThat(data.find(id).getStatus()).isEqualTo(EntryStatus.FLAGGED);
		assertThat(publicList(word)).as("flagged entries stay public during the grace period").contains(word + " Advice");

		mailer.deliverPending();
		MimeMessage reminder = receivedBy(owner);
		String body = GreenMailUtil.getBody(reminder);
		assertThat(reminder.getSubject()).contains("Please check your entry");
		assertThat(body).contains(word + " Advice");
		Matcher link = LINK.matcher(body.replace("=\r\n", ""));
		assertThat(link.find()).as("the e-mail holds the one-time link: " + body).isTrue();
		String ownerPath = link.group(1);

		upkeep.runDaily(deadline.plusDays(settings.graceDays()));
		assertThat(data.find(id).getStatus()).as("still within the grace period").isEqualTo(EntryStatus.FLAGGED);
		upkeep.runDaily(deadline.plusDays(settings.graceDays() + 1));
		assertThat(data.find(id).getStatus()).isEqualTo(EntryStatus.STALE_HIDDEN);
		assertThat(publicList(word)).doesNotContain(word + " Advice");
		assertThat(mvc.perform(get("/directory/" + data.slugOf(id))).andReturn().getResponse().getStatus())
			.isEqualTo(404);

		String ownerPage = mvc.perform(get(ownerPath)).andReturn().getResponse().getContentAsString();
		assertThat(ownerPage).contains("Is this entry still right?", word + " Advice");
		var confirm = mvc.perform(post(ownerPath + "/confirm").with(csrf())).andReturn().getResponse();
		assertThat(confirm.getRedirectedUrl()).isEqualTo("/owner/thank-you");

		assertThat(data.find(id).getStatus()).isEqualTo(EntryStatus.PUBLISHED);
		assertThat(data.find(id).getLastConfirmedOn()).isEqualTo(today);
		assertThat(publicList(word)).contains(word + " Advice");
		assertThat(history(id)).contains(EntryChange.Action.REMINDER_SENT, EntryChange.Action.FLAGGED,
				EntryChange.Action.HIDDEN, EntryChange.Action.CONFIRMED);
	}

	@Test
	void theReminderIsSentOnceADeadlineAndNotBeforeItsTime() throws Exception {
		DirectoryTestData data = DirectoryTestData.from(context);
		String owner = TestData.unique("owner") + "@owner.example";
		LocalDate today = LocalDate.now();
		long id = data.save(EntryType.SAFE_PLACE, DirectoryTestData.aSafePlace(DirectoryTestData.word("Corner")), owner,
				today.minusMonths(settings.confirmEveryMonths()).plusDays(settings.reminderDaysBefore() + 1));

		upkeep.runDaily(today);
		assertThat(data.find(id).getReminderSentFor()).as("too early").isNull();

		upkeep.runDaily(today.plusDays(1));
		upkeep.runDaily(today.plusDays(2));
		mailer.deliverPending();
		assertThat(Arrays.stream(mailbox.getReceivedMessages()).filter(message -> sentTo(message, owner)).count())
			.isEqualTo(1);
		assertThat(data.find(id).getStatus()).as("not yet past the deadline").isEqualTo(EntryStatus.PUBLISHED);
	}

	@Test
	void officersGetADigestOfFlaggedEntries() throws Exception {
		DirectoryTestData data = DirectoryTestData.from(context);
		String name = DirectoryTestData.word("Digest") + " Hub";
		LocalDate day = LocalDate.now().plusYears(3);
		data.save(EntryType.HUB, DirectoryTestData.aHub(name), TestData.unique("o") + "@owner.example",
				day.minusMonths(settings.confirmEveryMonths()).minusDays(2));

		upkeep.runDaily(day);
		mailer.deliverPending();

		String officers = context.getEnvironment().getProperty("safer.partnership.contact-email");
		MimeMessage digest = Arrays.stream(mailbox.getReceivedMessages())
			.filter(message -> sentTo(message, officers))
			.reduce((first, second) -> second)
			.orElseThrow();
		assertThat(digest.getSubject()).isEqualTo("Directory entries need attention");
		assertThat(GreenMailUtil.getBody(digest)).contains(name, "/staff/directory/flagged");
	}

	@Test
	void reportingCentresAreNeverAskedOrFlagged() {
		DirectoryTestData data = DirectoryTestData.from(context);
		long id = data.save(EntryType.REPORTING_CENTRE, DirectoryTestData.aSupportService(DirectoryTestData.word("Centre")),
				"lead@centre.example", LocalDate.now().minusYears(3));

		upkeep.runDaily(LocalDate.now());

		assertThat(data.find(id).getStatus()).isEqualTo(EntryStatus.PUBLISHED);
		assertThat(data.find(id).getReminderSentFor()).isNull();
	}

	private List<EntryChange.Action> history(long id) {
		return context.getBean(EntryChangeRepository.class).findByEntryIdOrderByChangedAtDescIdDesc(id).stream()
			.map(EntryChange::getAction).toList();
	}

	private String publicList(String word) throws Exception {
		return mvc.perform(get("/directory").param("q", word)).andReturn().getResponse().getContentAsString();
	}

	private static MimeMessage receivedBy(String address) {
		return Arrays.stream(mailbox.getReceivedMessages()).filter(message -> sentTo(message, address)).findFirst()
			.orElseThrow(() -> new AssertionError("no e-mail to " + address));
	}

	private static boolean sentTo(MimeMessage message, String address) {
		try {
			return Arrays.stream(message.getAllRecipients()).anyMatch(recipient -> recipient.toString().equals(address));
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

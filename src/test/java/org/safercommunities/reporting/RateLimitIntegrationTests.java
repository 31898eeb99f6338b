package org.safercommunities.reporting;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Reports sent and attempts to open a report have limits of their own, shared by every instance through the
 * database. Each test uses its own documentation address (192.0.2.x) so its buckets are its own.
 */
@IntegrationTest
@TestPropertySource(properties = { "safer.reporting.rate-limit.reports-per-client=2",
		"safer.reporting.rate-limit.follow-up-attempts-per-client=3", "safer.web.trusted-proxies=10.0.0.0/8" })
class RateLimitIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SubmissionLimiter limiter;

	@Autowired
	DataSource dataSource;

	@Autowired
	FieldEncryption encryption;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.safercommunities.support.TestData data;

	@Test
	void wrongSecretsUseUpAttemptsToOpenAReportButNeverAReportSend() throws Exception {
		String address = "192.0.2.21";
		for (int attempt = 1; attempt <= 3; attempt++) {
			assertThat(followUp(address, "wrong words " + attempt)).as("attempt " + attempt)
				.contains("The reference and secret words do not match a report");
		}

		assertThat(followUp(address, "wrong words 4"))
			.contains("Too many attempts to open a report from your connection")
			.containsPattern("try again in \\d+ minutes")
			.doesNotContain("Too many reports");
		assertThat(send(address)).as("a report can still be sent").isEqualTo("/report/confirmation");
	}

	@Test
	void reportSendsHaveTheirOwnLimitAndMessage() throws Exception {
		String address = "192.0.2.22";
		assertThat(send(address)).isEqualTo("/report/confirmation");
		assertThat(send(address)).isEqualTo("/report/confirmation");

		Journey third = new Journey(mvc).from(address).answerAll(Journey.ANONYMOUS);
		assertThat(third.send().getResponse().getContentAsString()).contains("Too many reports sent from your connection")
			.doesNotContain("attempts to open a report");
		assertThat(followUp(address, "wrong words 1")).as("follow-up still works")
			.contains("The reference and secret words do not match a report");
	}

	@Test
	void reportsTakenByStaffNeverCountAgainstThePublicLimit() throws Exception {
		String centre = "192.0.2.26";
		jakarta.servlet.http.Cookie worker = org.safercommunities.support.SignIn.as(mvc,
				data.aStaffUser(org.safercommunities.shared.Role.CENTRE_WORKER, data.anOrganisation()).getEmail());
		for (int report = 1; report <= 3; report++) {
			var result = mvc.perform(post("/staff/assisted-report").with(csrf()).cookie(worker)
				.with(sent -> {
					sent.setRemoteAddr(centre);
					return sent;
				})
				.param("channel", "IN_PERSON").param("emergency", "NO").param("reporterRole", "WITNESS")
				.param("incidentTypes", "HARASSMENT").param("whatHappened", "Shouted at in the street.")
				.param("whenKind", "ONGOING").param("locationDescription", "High Road").param("wardCode", "E05013637")
				.param("happenedBefore", "NO").param("strands", "RACE").param("policeConsent", "NO")
				.param("notReportingReasons", "SUPPORT_ONLY").param("giveDetails", "NO").param("supportWanted", "NO"))
				.andReturn();
			assertThat(result.getResponse().getRedirectedUrl()).as("assisted report " + report + ": "
					+ result.getResponse().getContentAsString()).isEqualTo("/staff/assisted-report/done");
		}

		assertThat(send(centre)).as("the public limit of 2 is untouched").isEqualTo("/report/confirmation");
		assertThat(send(centre)).isEqualTo("/report/confirmation");
	}

	@Test
	void twoLimitersOverOneDatabaseShareOneLimit() {
		var settings = new SubmissionLimiter.Settings(2, 3, java.time.Duration.ofHours(1));
		var first = new SubmissionLimiter(settings, encryption, dataSource);
		var second = new SubmissionLimiter(settings, encryption, dataSource);
		String address = "192.0.2.23";

		assertThat(first.tryConsume(SubmissionLimiter.Action.REPORT, address)).isEmpty();
		assertThat(second.tryConsume(SubmissionLimiter.Action.REPORT, address)).isEmpty();

		assertThat(first.tryConsume(SubmissionLimiter.Action.REPORT, address)).as("third send, on the first instance").isPresent();
		assertThat(second.tryConsume(SubmissionLimiter.Action.REPORT, address)).as("and on the second").isPresent();
		assertThat(second.tryConsume(SubmissionLimiter.Action.FOLLOW_UP, address)).as("another limit").isEmpty();
	}

	@Test
	void theClientAddressIsNeverStored() {
		limiter.tryConsume(SubmissionLimiter.Action.REPORT, "192.0.2.24");

		assertThat(jdbc.sql("select count(*) from rate_limit_bucket").query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("select count(*) from rate_limit_bucket where id like '%192.0.2%'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aSpoofedForwardedForFromAnUntrustedClientDoesNotChangeItsLimit() throws Exception {
		String address = "192.0.2.25";
		for (int attempt = 1; attempt <= 3; attempt++) {
			assertThat(followUp(address, "198.51.100." + attempt, "wrong words")).doesNotContain("Too many");
		}
		assertThat(followUp(address, "198.51.100.99", "wrong words"))
			.contains("Too many attempts to open a report from your connection");
	}

	@Test
	void aTrustedProxysForwardedForNamesTheClient() throws Exception {
		String proxy = "10.1.2.3";
		for (int attempt = 1; attempt <= 3; attempt++) {
			assertThat(followUp(proxy, "198.51.100.7", "wrong words")).doesNotContain("Too many");
		}
		assertThat(followUp(proxy, "198.51.100.7", "wrong words")).as("the same client through the proxy")
			.contains("Too many attempts to open a report");
		assertThat(followUp(proxy, "198.51.100.8", "wrong words")).as("another client through the same proxy")
			.doesNotContain("Too many");
		assertThat(followUp(proxy, "198.51.100.66, 198.51.100.7", "wrong words"))
			.as("a value the client put in front of the proxy's is not believed").contains("Too many attempts");
	}

	private String followUp(String address, String secret) throws Exception {
		return followUp(address, null, secret);
	}

	private String followUp(String address, String forwardedFor, String secret) throws Exception {
		var request = post("/follow-up").with(csrf()).param("reference", "HC-0000-0001").param("secret", secret);
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		return new Journey(mvc).from(address).perform(request).getResponse().getContentAsString();
	}

	private String send(String address) throws Exception {
		return new Journey(mvc).from(address).answerAll(Journey.ANONYMOUS).send().getResponse().getRedirectedUrl();
	}

}

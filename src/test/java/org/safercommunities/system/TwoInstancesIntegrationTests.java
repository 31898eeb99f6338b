package org.safercommunities.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.aopalliance.intercept.MethodInterceptor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.safercommunities.SaferCommunitiesApplication;
import org.safercommunities.centres.CentreJobs;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.security.StaffUser;
import org.safercommunities.shared.Role;
import org.safercommunities.support.PageChecks;
import org.safercommunities.support.TestConfig;
import org.safercommunities.support.TestData;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the whole application on one PostgreSQL database, as behind a load balancer: each request of a
 * person may reach either. A report begun on one is finished on the other, the rate limit is one limit, a staff
 * session (and its end) is the same on both, and a scheduled job runs once when both fire it.
 * <p>
 * Both instances run in this JVM (two Spring Boot applications on random ports), each with its own Tomcat, connection
 * pool, caches and scheduler, sharing only the database, exactly as two processes would. The client is a real HTTP
 * client with one cookie jar per person, so the test does not depend on which cookies the application uses: cookies
 * are not kept per port, so the jar sends the same cookies to both instances, like a browser behind a load balancer.
 * Each person's requests name their own client address in {@code X-Forwarded-For}, believed from 127.0.0.1 as from
 * the load balancer, so each person has rate limits of their own.
 * <p>
 * PostgreSQL only ({@code ./mvnw verify -Ppostgres}): H2's in-memory database lives inside one JVM, so two instances
 * on it would share the JVM's memory as well as the database and prove nothing about separate processes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "safer.test.database", matches = "postgres", disabledReason = "two instances need a "
		+ "database that two processes share: run with -Ppostgres (H2 in memory lives inside one JVM, so two instances "
		+ "on it would prove nothing about separate processes)")
class TwoInstancesIntegrationTests {

	/** Generous: the build machine has two cores shared by several builds. */
	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	/** Answers of an anonymous report that does not go to the police, by the page (step) that asks them. */
	private static final Map<String, List<String>> ANSWERS = Map.ofEntries(
			Map.entry("emergency", List.of("emergency", "NO")),
			Map.entry("who", List.of("reporterRole", "WITNESS")),
			Map.entry("what", List.of("incidentTypes", "VERBAL_ABUSE", "incidentTypes", "SPITTING", "whatHappened",
					"A man shouted abuse at a woman in a headscarf and spat at her.")),
			Map.entry("when", List.of("whenKind", "EXACT", "day", "3", "month", "11", "year", "2026")),
			Map.entry("where", List.of("locationDescription", "Bus stop outside Burnt Oak station", "wardCode",
					"E05013630")),
			Map.entry("before", List.of("happenedBefore", "NOT_SURE")),
			Map.entry("why", List.of("strands", "RELIGION", "subtypes", "ANTI_MUSLIM")),
			Map.entry("police", List.of("policeConsent", "NO")),
			Map.entry("not-reporting", List.of("notReportingReasons", "FEAR_OF_REPRISAL")),
			Map.entry("about-you", List.of("giveDetails", "NO")),
			Map.entry("support", List.of("supportWanted", "YES", "supportKinds", "EMOTIONAL")),
			Map.entry("evidence", List.of()));

	private Instance a;

	private Instance b;

	@BeforeAll
	void startTwoInstances() {
		// One after the other: the first cleans and migrates the test database (TestConfig), the second finds it
		// ready, as a second instance started after a deployment does.
		a = Instance.start("A");
		b = Instance.start("B");
	}

	@AfterAll
	void stopBothInstances() {
		for (Instance instance : new Instance[] { b, a }) {
			if (instance != null) {
				instance.context().close();
			}
		}
	}

	@Test
	void aReportBegunOnOneInstanceIsFinishedOnTheOther() throws Exception {
		long before = jdbc().sql("select coalesce(max(id), 0) from hate_report").query(Long.class).single();
		Browser person = new Browser("203.0.113.41");

		Journey journey = person.answerEverything(a, b);
		HttpResponse<String> confirmation = journey.sendOn(b, a);

		assertThat(journey.trail).as("pages shown by each instance: %s", journey.trail)
			.anyMatch(line -> line.startsWith("GET /report/") && line.endsWith(" on A"))
			.anyMatch(line -> line.startsWith("GET /report/") && line.endsWith(" on B"));
		assertThat(journey.trail).as("answers taken by each instance: %s", journey.trail)
			.anyMatch(line -> line.startsWith("POST /report/") && line.endsWith(" on A"))
			.anyMatch(line -> line.startsWith("POST /report/") && line.endsWith(" on B"));
		Element reference = Jsoup.parse(confirmation.body()).getElementById("reference");
		assertThat(reference).as("the confirmation page (shown by A after B took the send) gives a reference; it "
				+ "showed: %s", text(confirmation.body())).isNotNull();
		List<Map<String, Object>> stored = jdbc()
			.sql("select reference, reporter_role, ward_code, happened_before, police_consent, strand_subtypes "
					+ "from hate_report where id > ?")
			.param(before)
			.query()
			.listOfRows();
		assertThat(stored).as("reports stored by the journey across two instances (one expected)").hasSize(1);
		assertThat(stored.get(0)).as("the stored report has the answers given on both instances")
			.containsEntry("reference", reference.text())
			.containsEntry("reporter_role", "WITNESS")
			.containsEntry("ward_code", "E05013630")
			.containsEntry("happened_before", "NOT_SURE")
			.containsEntry("police_consent", false);
		assertThat((String) stored.get(0).get("strand_subtypes")).as("strands answered on one instance")
			.contains("ANTI_MUSLIM");
	}

	@Test
	void theRateLimitIsOneLimitAcrossBothInstances() throws Exception {
		// reports-per-client=2 (see Instance.start) for this client, whichever instance takes the send.
		Browser person = new Browser("203.0.113.42");
		long before = jdbc().sql("select count(*) from hate_report").query(Long.class).single();

		assertThat(person.answerEverything(b, a).sendOn(a, b).body()).as("first report, sent to A")
			.contains("id=\"reference\"");
		assertThat(person.answerEverything(a, b).sendOn(b, a).body()).as("second report, sent to B")
			.contains("id=\"reference\"");
		Journey third = person.answerEverything(b, a);
		String tooMany = a.message("reporting.too-many.title");
		String otherLimit = a.message("reporting.too-many.follow-up.title");

		HttpResponse<String> refusedByA = third.send(a, b);
		assertThat(heading(refusedByA.body())).as("third report sent to A (after one on A and one on B) answered %s "
				+ "(Location %s): %s", refusedByA.statusCode(), refusedByA.headers().firstValue("Location").orElse("none"),
				text(refusedByA.body())).isEqualTo(tooMany).isNotEqualTo(otherLimit);
		HttpResponse<String> refusedByB = third.send(b, a);
		assertThat(heading(refusedByB.body())).as("the same third report sent again, to B, answered %s: %s",
				refusedByB.statusCode(), text(refusedByB.body())).isEqualTo(tooMany);
		assertThat(jdbc().sql("select count(*) from hate_report").query(Long.class).single())
			.as("reports stored: the two allowed, not the refused third").isEqualTo(before + 2);
	}

	@Test
	void aStaffSessionIsTheSameOnBothInstancesAndSigningOutOnOneEndsItOnBoth() throws Exception {
		TestData data = a.context().getBean(TestData.class);
		Organisation organisation = data.anOrganisation();
		StaffUser officer = data.aStaffUser(Role.OFFICER, organisation);
		Browser browser = new Browser("203.0.113.44");

		HttpResponse<String> login = browser.get(a, "/login");
		HttpResponse<String> signedIn = browser.submit(a, login, "/login", "email", officer.getEmail(), "password",
				TestData.PASSWORD);
		assertThat(signedIn.statusCode()).as("sign-in on A answered %s: %s", signedIn.statusCode(), text(signedIn.body()))
			.isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).as("sign-in on A goes to").hasValue("/login/mfa");
		// The authenticator app is set up on B with the password given on A, and the sign-in completed on A.
		HttpResponse<String> setUp = browser.get(b, "/login/mfa/setup");
		org.safercommunities.support.Authenticator.enrolled(officer.getEmail(),
				org.jsoup.Jsoup.parse(setUp.body()).selectFirst("#secret").text());
		HttpResponse<String> enrolled = browser.submit(a, setUp, "/login/mfa/setup", "code",
				org.safercommunities.support.Authenticator.nextCode(officer.getEmail()));
		assertThat(enrolled.headers().firstValue("Location")).as("the app set up on A with B's page goes to")
			.hasValue("/login/mfa/recovery-codes");

		HttpResponse<String> homeOnB = browser.get(b, "/staff");
		assertThat(homeOnB.statusCode()).as("/staff on B after signing in on A answered %s (Location %s)",
				homeOnB.statusCode(), homeOnB.headers().firstValue("Location").orElse("none")).isEqualTo(200);
		assertThat(text(homeOnB.body())).as("/staff on B shows who is signed in on A").contains(organisation.getName());
		HttpResponse<String> reportsOnB = browser.get(b, "/staff/reports");
		assertThat(reportsOnB.statusCode()).as("an officer's page on B (/staff/reports) answered %s",
				reportsOnB.statusCode()).isEqualTo(200);

		Browser copy = browser.copy();
		assertThat(copy.get(a, "/staff").statusCode()).as("a copy of the browser's cookies is signed in on A").isEqualTo(200);
		HttpResponse<String> signedOut = browser.submit(b, homeOnB, "/logout");
		assertThat(signedOut.statusCode()).as("sign-out on B answered %s: %s", signedOut.statusCode(),
				text(signedOut.body())).isEqualTo(302);
		assertThat(signedOut.headers().firstValue("Location").orElse("")).as("sign-out on B goes to").startsWith("/login");

		HttpResponse<String> afterOnA = copy.get(a, "/staff");
		assertThat(afterOnA.statusCode()).as("/staff on A with the cookies from before signing out on B answered %s",
				afterOnA.statusCode()).isEqualTo(302);
		assertThat(afterOnA.headers().firstValue("Location").orElse("")).as("A sends the signed-out session to")
			.startsWith("/login");
		assertThat(browser.get(a, "/staff").statusCode()).as("the browser itself, on A, after signing out on B")
			.isEqualTo(302);
	}

	/**
	 * The centres' daily job (lapsing, reminders), fired by both instances' schedulers at the same moment, runs on
	 * one; and when one instance fires it a moment after the other finished (clocks a little apart), it does not
	 * run again. The job's work is replaced by a recorder ({@link JobRuns}), so the shared test database is not
	 * touched; the lock around it is the application's own ({@code @SchedulerLock} on CentreSchedule).
	 */
	@Test
	void aScheduledJobFiredByBothInstancesRunsOnce() throws Exception {
		JdbcClient jdbc = jdbc();
		jdbc.sql("delete from shedlock where name = 'centres-daily'").update();
		JobRuns onA = a.context().getBean(JobRuns.class);
		JobRuns onB = b.context().getBean(JobRuns.class);
		try {
			// A's run holds until B's firing has returned, so the two overlap whatever the machine's speed.
			CountDownLatch bReturned = new CountDownLatch(1);
			onA.holdUntil(bReturned);
			CompletableFuture<Void> firedOnA = CompletableFuture.runAsync(() -> a.fireCentresDaily());
			assertThat(onA.awaitStart(TIMEOUT)).as("the job started on A within %s", TIMEOUT).isTrue();
			b.fireCentresDaily();
			bReturned.countDown();
			firedOnA.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);

			assertThat(onA.runs() + onB.runs()).as("runs of the centres' daily job fired at once on both instances "
					+ "(A ran it %s times, B %s times)", onA.runs(), onB.runs()).isEqualTo(1);
			assertThat(onA.runs()).as("the job ran on A, which fired first").isEqualTo(1);

			b.fireCentresDaily();
			assertThat(onB.runs()).as("B fired the job again right after A's run had finished (as with clocks a "
					+ "little apart): it must not run a second time").isZero();
			assertThat(jdbc.sql("select count(*) from shedlock where name = 'centres-daily' and lock_until >= "
					+ "locked_at + interval '4 minutes'").query(Long.class).single())
				.as("the job's lock row, held for minutes after a run of a moment (lockAtLeastFor)").isEqualTo(1);
		}
		finally {
			onA.holdUntil(null);
			jdbc.sql("delete from shedlock where name = 'centres-daily'").update();
		}
	}

	private JdbcClient jdbc() {
		return a.context().getBean(JdbcClient.class);
	}

	private static String heading(String html) {
		Element h1 = Jsoup.parse(html).selectFirst("h1");
		return h1 == null ? "" : h1.text();
	}

	/** A page's text, short enough for an assertion message. */
	private static String text(String html) {
		String text = Jsoup.parse(html).select("main").text();
		text = text.isEmpty() ? Jsoup.parse(html).text() : text;
		return text.length() > 600 ? text.substring(0, 600) + "…" : text;
	}

	/** One running application, its name (A or B) and where it listens. */
	record Instance(String name, ConfigurableApplicationContext context, String base) {

		static Instance start(String name) {
			ConfigurableApplicationContext context = new SpringApplicationBuilder(SaferCommunitiesApplication.class,
					TestConfig.class, TwoInstancesConfiguration.class)
				.initializers(started -> started.getBeanFactory()
					.registerSingleton("excludeOtherTestsConfigurations", new ExcludeTestConfigurations()))
				.registerShutdownHook(false)
				// Command-line arguments, so that they win over the test profile's settings.
				.run("--server.port=0",
						// The test profile switches scheduling off; here it is what is tested. The daily jobs only
						// run when the test fires them, and the frequent ones rarely.
						"--safer.scheduling.enabled=true", "--safer.centres.daily-cron=-",
						"--safer.directory.upkeep-cron=-", "--safer.performance.open-data-cron=-",
						"--safer.notifications.delivery-interval=PT1H",
						"--safer.evidence.rescan-interval=PT1H",
						// No mail server: e-mails wait in the outbox (GreenMail's port is for mail tests).
						"--spring.autoconfigure.exclude=org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration",
						"--safer.reporting.rate-limit.reports-per-client=2",
						// The "load balancer" in front of both is the test, on 127.0.0.1.
						"--safer.web.trusted-proxies=127.0.0.1/32,::1/128",
						"--spring.datasource.hikari.maximum-pool-size=5", "--spring.main.banner-mode=off");
			String port = context.getEnvironment().getProperty("local.server.port");
			return new Instance(name, context, "http://127.0.0.1:" + port);
		}

		String message(String key) {
			return context.getBean(MessageSource.class).getMessage(key, null, Locale.UK);
		}

		/** What this instance's scheduler calls when the cron comes round (through the lock around the job). */
		void fireCentresDaily() {
			Object schedule = context.getBean("centreSchedule");
			try {
				var daily = AopUtils.getTargetClass(schedule).getDeclaredMethod("daily");
				daily.setAccessible(true);
				daily.invoke(schedule);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("could not fire the centres' daily job on " + name, ex);
			}
		}

		@Override
		public String toString() {
			return name;
		}

	}

	/** A person's browser: one cookie jar for both instances, and the client address the load balancer gives. */
	static final class Browser {

		private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(TIMEOUT)
			.build();

		private final String clientAddress;

		Browser(String clientAddress) {
			this.clientAddress = clientAddress;
		}

		/** Another browser with a copy of this one's cookies, e.g. kept from before signing out. */
		Browser copy() {
			Browser copy = new Browser(clientAddress);
			for (URI uri : cookies.getCookieStore().getURIs()) {
				for (HttpCookie cookie : cookies.getCookieStore().get(uri)) {
					copy.cookies.getCookieStore().add(uri, (HttpCookie) cookie.clone());
				}
			}
			return copy;
		}

		HttpResponse<String> get(Instance on, String path) throws IOException, InterruptedException {
			HttpResponse<String> response = checked(send(on, HttpRequest.newBuilder(URI.create(on.base() + path)).GET()));
			assertThat(response.statusCode()).as("GET %s on %s answered %s: %s", path, on, response.statusCode(),
					text(response.body())).isLessThan(400);
			return response;
		}

		/**
		 * Submits the page's form that posts to {@code action}, as a browser would: its hidden fields (the CSRF
		 * token and whatever else the page carries) and these fields (name, value, name, value…).
		 */
		HttpResponse<String> submit(Instance on, HttpResponse<String> page, String action, String... fields)
				throws IOException, InterruptedException {
			return submit(on, page, action, List.of(fields));
		}

		HttpResponse<String> submit(Instance on, HttpResponse<String> page, String action, List<String> fields)
				throws IOException, InterruptedException {
			Element form = formFor(page, action);
			List<String> pairs = new ArrayList<>();
			for (Element hidden : form.select("input[type=hidden][name]")) {
				pairs.add(encode(hidden.attr("name")) + "=" + encode(hidden.attr("value")));
			}
			assertThat(pairs).as("the form for %s on the page from %s carries a CSRF token", action, page.uri())
				.anyMatch(pair -> pair.startsWith("_csrf="));
			for (int i = 0; i < fields.size(); i += 2) {
				pairs.add(encode(fields.get(i)) + "=" + encode(fields.get(i + 1)));
			}
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(on.base() + action))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)));
			return checked(send(on, request));
		}

		private HttpResponse<String> send(Instance on, HttpRequest.Builder request)
				throws IOException, InterruptedException {
			return http.send(request.timeout(TIMEOUT).header("Accept", "text/html")
				.header("X-Forwarded-For", clientAddress)
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		/** Every page either instance shows is checked for unfilled placeholders and the like. */
		private static HttpResponse<String> checked(HttpResponse<String> response) {
			if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				PageChecks.assertClean(response.uri().getPath(), response.body());
			}
			return response;
		}

		/** The page's form posting to this address; of several (evidence: upload, remove, continue), the plain one. */
		private static Element formFor(HttpResponse<String> page, String action) {
			Document document = Jsoup.parse(page.body());
			List<Element> forms = document.select("form[method=post]")
				.stream()
				.filter(form -> form.attr("action").replaceFirst("\\?.*", "").equals(action))
				.toList();
			assertThat(forms).as("a form posting to %s on the page from %s, which answered %s (Location %s): %s", action,
					page.uri(), page.statusCode(), page.headers().firstValue("Location").orElse("none"), text(page.body()))
				.isNotEmpty();
			return forms.stream()
				.filter(form -> !form.attr("enctype").contains("multipart"))
				.filter(form -> form.select("button[name]").isEmpty())
				.findFirst()
				.orElse(forms.get(0));
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

		/**
		 * Answers every question, following the pages the application sends the person to: the start page on
		 * {@code first}, then the question pages shown alternately by {@code second} and {@code first}, each answer
		 * posted to the other instance than the one that showed its page.
		 */
		Journey answerEverything(Instance first, Instance second) throws IOException, InterruptedException {
			Journey journey = new Journey(this);
			Instance[] both = { first, second };
			HttpResponse<String> start = journey.get(first, "/report");
			Element startLink = Jsoup.parse(start.body()).selectFirst("a.govuk-button--start");
			assertThat(startLink).as("the report's start page has a start button: %s", text(start.body())).isNotNull();
			String next = startLink.attr("href");
			for (int page = 1; !next.startsWith("/report/check-answers"); page++) {
				assertThat(page).as("pages of the journey so far, without reaching check answers: %s", journey.trail)
					.isLessThan(30);
				HttpResponse<String> question = journey.get(both[page % 2], next);
				String step = next.replaceFirst("^/report/", "").replaceFirst("\\?.*", "");
				assertThat(ANSWERS).as("the journey asked a question this test has no answer for: %s (%s)", step,
						journey.trail).containsKey(step);
				HttpResponse<String> answered = journey.submit(both[(page + 1) % 2], question, "/report/" + step,
						ANSWERS.get(step));
				assertThat(answered.statusCode()).as("answering %s on %s answered %s: %s", step, both[(page + 1) % 2],
						answered.statusCode(), text(answered.body())).isIn(302, 303);
				next = answered.headers().firstValue("Location").orElseThrow();
			}
			return journey;
		}

	}

	/** One report in the making, with the requests so far and the instance that took each. */
	static final class Journey {

		final List<String> trail = new ArrayList<>();

		private final Browser browser;

		Journey(Browser browser) {
			this.browser = browser;
		}

		HttpResponse<String> get(Instance on, String path) throws IOException, InterruptedException {
			trail.add("GET " + path + " on " + on);
			return browser.get(on, path);
		}

		HttpResponse<String> submit(Instance on, HttpResponse<String> page, String action, List<String> fields)
				throws IOException, InterruptedException {
			trail.add("POST " + action + " on " + on);
			return browser.submit(on, page, action, fields);
		}

		/** Check answers shown by {@code shownBy}, the report sent to {@code sentTo}; the answer as it comes. */
		HttpResponse<String> send(Instance sentTo, Instance shownBy) throws IOException, InterruptedException {
			HttpResponse<String> check = get(shownBy, "/report/check-answers");
			return submit(sentTo, check, "/report/check-answers", List.of());
		}

		/**
		 * Check answers shown by {@code shownBy}, the report sent to {@code sentTo}, and the confirmation page it
		 * redirects to shown by {@code shownBy} again.
		 */
		HttpResponse<String> sendOn(Instance sentTo, Instance shownBy) throws IOException, InterruptedException {
			HttpResponse<String> sent = send(sentTo, shownBy);
			assertThat(sent.statusCode()).as("sending the report on %s answered %s: %s (%s)", sentTo,
					sent.statusCode(), text(sent.body()), trail).isIn(302, 303);
			String confirmation = sent.headers().firstValue("Location").orElseThrow();
			assertThat(confirmation).as("sending the report on %s leads to", sentTo).startsWith("/report/confirmation");
			return get(shownBy, confirmation);
		}

	}

	/** Counts the runs of the centres' daily job on one instance, instead of doing its work. */
	static final class JobRuns implements BeanPostProcessor {

		private final AtomicInteger runs = new AtomicInteger();

		private final CountDownLatch started = new CountDownLatch(1);

		private volatile CountDownLatch hold;

		int runs() {
			return runs.get();
		}

		void holdUntil(CountDownLatch latch) {
			this.hold = latch;
		}

		boolean awaitStart(Duration timeout) throws InterruptedException {
			return started.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (!(bean instanceof CentreJobs)) {
				return bean;
			}
			MethodInterceptor record = invocation -> {
				if (!invocation.getMethod().getName().equals("runDaily")) {
					return invocation.proceed();
				}
				runs.incrementAndGet();
				started.countDown();
				CountDownLatch latch = hold;
				if (latch != null && !latch.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
					throw new IllegalStateException("the job's run was held longer than " + TIMEOUT);
				}
				return null;
			};
			if (bean instanceof Advised advised) {
				advised.addAdvice(0, record);
				return bean;
			}
			ProxyFactory proxy = new ProxyFactory(bean);
			proxy.setProxyTargetClass(true);
			proxy.addAdvice(record);
			return proxy.getProxy();
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TwoInstancesConfiguration {

		@Bean
		static JobRuns centresDailyRuns() {
			return new JobRuns();
		}

	}

	/**
	 * Outside a Spring test the application's component scan would also find the test configurations nested in
	 * other test classes (a controller that fails on purpose, for one); they stay out, as in a Spring test.
	 */
	static final class ExcludeTestConfigurations extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof ExcludeTestConfigurations;
		}

		@Override
		public int hashCode() {
			return ExcludeTestConfigurations.class.hashCode();
		}

	}

}

import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Client of the fault benchmarks (bench/fault-kill.sh, bench/fault-postgres-restart.sh), never run by the test
 * suite. Two commands:
 *
 * <pre>
 * java bench/FaultLoad.java send BASE_URL REPORTERS SECONDS OUT_DIR [--held K]
 * java -cp JDBC_DRIVER bench/FaultLoad.java check JDBC_URL USER PASSWORD OUT_DIR
 * </pre>
 *
 * {@code send}: REPORTERS people, each in a browser of their own (a generic cookie jar: whatever cookies the
 * service sets are sent back, no cookie name is assumed), go through the whole public journey again and again
 * for SECONDS: GET each question page, POST its answers with the CSRF token of the page just fetched, follow the
 * redirect to the next question, GET check answers (it must show this person's own words), POST it, GET the
 * confirmation and read the reference shown there. Every reference shown is written to OUT_DIR/shown.txt as soon
 * as it is read. When the send is answered with the "Your report has not been sent" page, the person comes back
 * to check answers every second, and once the page shows their own answers again they send again. Failures
 * (connection refused while the service is down, 5xx, time-outs) are counted and the person starts again.
 * With {@code --held K}, K more people answer everything first (then OUT_DIR/held-ready appears) and all press
 * "Send" when the script creates OUT_DIR/press (during a fault). Counts go to OUT_DIR/send.properties.
 *
 * <p>{@code check}: every reference in shown.txt must be in {@code hate_report} exactly once, and no report sent
 * since the run started may be half-written: each needs its incident type and strand rows, its police-sharing
 * consent event and its REPORT_SUBMITTED audit entry, which {@code ReportSubmission} writes in the same
 * transaction. Prints the counts and PASS or FAIL; exit code 0 only for PASS.
 */
public class FaultLoad {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	static final Pattern REFERENCE = Pattern.compile("id=\"reference\"[^>]*>\\s*([^<\\s]+)\\s*<");

	static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*>\\s*([^<]+?)\\s*<");

	/** The not-sent page (templates/reporting/not-sent.html, 503 or 200): its heading. */
	static final String NOT_SENT = "Your report has not been sent";

	/** The busy page (templates/system/busy.html, 503): a person waits a moment and presses again. */
	static final String BUSY = "the service is busy";

	/** How often a person presses again after a busy page before giving up. */
	static final int BUSY_RETRIES = 30;

	/** Answers of a valid report, by page (as bench/ReportLoad.java and the test suite's Journey send). */
	static Map<String, String> answers(String marker) {
		Map<String, String> answers = new HashMap<>();
		answers.put("emergency", "emergency=NO");
		answers.put("who", "reporterRole=WITNESS");
		answers.put("what", "incidentTypes=VERBAL_ABUSE&whatHappened=" + enc("Shouted abuse at a bus stop, " + marker));
		answers.put("when", "whenKind=APPROXIMATE&occurredDescription=Last+week");
		answers.put("where", "locationDescription=Bus+stop&wardCode=E05013630");
		answers.put("before", "happenedBefore=NO");
		answers.put("why", "strands=RACE");
		answers.put("police", "policeConsent=YES");
		answers.put("not-reporting", "notReportingReasons=FEAR_OF_REPRISAL");
		answers.put("about-you", "giveDetails=NO");
		answers.put("support", "supportWanted=NO");
		answers.put("evidence", "");
		return answers;
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0 || args[0].equals("--help")) {
			System.out.println("usage: java bench/FaultLoad.java send BASE_URL REPORTERS SECONDS OUT_DIR [--held K]");
			System.out.println("       java -cp JDBC_DRIVER bench/FaultLoad.java check JDBC_URL USER PASSWORD OUT_DIR");
			return;
		}
		switch (args[0]) {
			case "send" -> send(args);
			case "check" -> System.exit(check(args[1], args[2], args[3], Path.of(args[4])) ? 0 : 1);
			default -> throw new IllegalArgumentException("unknown command " + args[0]);
		}
	}

	// ---------------------------------------------------------------- send

	static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();

	static final AtomicLong SLOWEST_SEND_MS = new AtomicLong();

	static long started;

	static int heldTotal;

	/** The script ends the run early by creating OUT_DIR/stop. */
	static Path stopFile;

	static boolean running(long deadline) {
		return System.nanoTime() < deadline && !Files.exists(stopFile);
	}

	static PrintWriter shown;

	static void count(String name) {
		COUNTS.computeIfAbsent(name, key -> new AtomicInteger()).incrementAndGet();
	}

	static double now() {
		return (System.nanoTime() - started) / 1e9;
	}

	static void send(String[] args) throws Exception {
		String base = args[1];
		int reporters = Integer.parseInt(args[2]);
		int seconds = Integer.parseInt(args[3]);
		Path out = Path.of(args[4]);
		BASE = base;
		int held = 0;
		for (int i = 5; i < args.length; i += 2) {
			switch (args[i]) {
				case "--held" -> held = Integer.parseInt(args[i + 1]);
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		heldTotal = held;
		Files.createDirectories(out);
		stopFile = out.resolve("stop");
		Files.deleteIfExists(stopFile);
		shown = new PrintWriter(Files.newBufferedWriter(out.resolve("shown.txt")), true);
		started = System.nanoTime();
		long deadline = started + TimeUnit.SECONDS.toNanos(seconds);
		Files.writeString(out.resolve("started"), Instant.now().toString() + "\n");
		ExecutorService pool = Executors.newFixedThreadPool(reporters + held);
		for (int i = 0; i < reporters; i++) {
			int id = i;
			pool.submit(() -> reporter("r" + id, deadline, Double.NaN));
		}
		for (int i = 0; i < held; i++) {
			int id = i;
			pool.submit(() -> reporter("h" + id, deadline, 0));
		}
		pool.shutdown();
		// Every request has a time-out, so everyone is done soon after the deadline.
		pool.awaitTermination(seconds + 300L, TimeUnit.SECONDS);
		shown.close();
		try (PrintWriter summary = new PrintWriter(Files.newBufferedWriter(out.resolve("send.properties")))) {
			for (var entry : new TreeMap<>(COUNTS).entrySet()) {
				summary.println(entry.getKey() + "=" + entry.getValue());
			}
			summary.println("slowest_send_ms=" + SLOWEST_SEND_MS.get());
			summary.printf("seconds=%.1f%n", now());
		}
		System.out.printf("send: %s, slowest send %d ms, %.1f s%n", new TreeMap<>(COUNTS), SLOWEST_SEND_MS.get(), now());
	}

	/**
	 * One person after another at the same keyboard: each journey starts with an empty cookie jar. A held
	 * reporter (sendAt is a number, not NaN) sends one report, pressing "Send" on the script's signal, then stops.
	 */
	static Object reporter(String name, long deadline, double sendAt) {
		CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(cookies)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		Browser browser = new Browser(http);
		int journey = 0;
		boolean isHeld = !Double.isNaN(sendAt);
		while (running(deadline)) {
			cookies.getCookieStore().removeAll();
			String marker = "reporter " + name + " journey " + journey++ + " " + Long.toHexString(System.nanoTime());
			try {
				String outcome = oneReport(browser, marker, deadline, sendAt);
				if (isHeld) {
					count("held_" + outcome);
				}
			}
			catch (Exception ex) {
				if (isHeld) {
					count("held_failed");
				}
				count(ex instanceof HttpTimeoutException ? "journey_timeout" : ex instanceof IOException ? "journey_io_error"
						: "journey_failed");
				if (!(ex instanceof IOException) && ex.getMessage() != null) {
					COUNTS.computeIfAbsent("failed: " + ex.getMessage().replaceAll("[^A-Za-z0-9/ -]", "").replaceAll("\\d+", "N"),
							key -> new AtomicInteger()).incrementAndGet();
				}
				pause(200);
			}
			if (isHeld) {
				break;
			}
		}
		return null;
	}

	/** Returns "shown" or "shown_after_not_sent", or "answers_gone" when the not-sent page lost them. */
	static String oneReport(Browser browser, String marker, long deadline, double sendAt) throws Exception {
		Map<String, String> answers = answers(marker);
		String path = "/report/emergency";
		int steps = 0;
		while (!path.startsWith("/report/check-answers")) {
			if (++steps > 20) {
				throw new IllegalStateException("journey does not reach check answers");
			}
			String slug = path.replaceFirst("^/report/", "").replaceFirst("\\?.*$", "");
			String form = answers.get(slug);
			if (form == null) {
				throw new IllegalStateException("unexpected page " + slug);
			}
			browser.get(path, 200);
			HttpResponse<String> posted = browser.post(path, form);
			if (posted.statusCode() != 302) {
				throw new IllegalStateException("POST " + slug + " answered " + posted.statusCode());
			}
			path = posted.headers().firstValue("Location").map(location -> URI.create(location).getPath()).orElse("");
		}
		browser.get("/report/check-answers", 200);
		if (!browser.page.contains(marker)) {
			throw new IllegalStateException("check answers does not show the answers");
		}
		if (!Double.isNaN(sendAt)) {
			// Ready: wait for the script's signal (OUT_DIR/press) to press "Send".
			count("held_ready");
			if (COUNTS.get("held_ready").get() == heldTotal) {
				Files.writeString(stopFile.resolveSibling("held-ready"), "");
			}
			while (!Files.exists(stopFile.resolveSibling("press")) && running(deadline)) {
				pause(20);
			}
		}
		boolean notSentBefore = false;
		while (true) {
			long t = System.nanoTime();
			HttpResponse<String> sent;
			try {
				sent = browser.post("/report/check-answers", "");
			}
			catch (HttpTimeoutException ex) {
				count("send_timeout");
				throw ex;
			}
			catch (IOException ex) {
				count("send_io_error");
				throw ex;
			}
			finally {
				SLOWEST_SEND_MS.accumulateAndGet((System.nanoTime() - t) / 1_000_000, Math::max);
			}
			if (sent.statusCode() == 302 && sent.headers().firstValue("Location").orElse("").contains("/report/confirmation")) {
				break;
			}
			if ((sent.statusCode() == 200 || sent.statusCode() == 503) && sent.body().contains(NOT_SENT)) {
				// "Your report has not been sent": come back to check answers, which must still hold them.
				count("send_not_sent_page");
				notSentBefore = true;
				if (!comeBack(browser, marker, deadline)) {
					return "answers_gone";
				}
				continue;
			}
			count(sent.statusCode() >= 500 ? "send_5xx" : "send_other_" + sent.statusCode());
			throw new IllegalStateException("send answered " + sent.statusCode());
		}
		browser.get("/report/confirmation", 200);
		Matcher reference = REFERENCE.matcher(browser.page);
		Matcher secret = SECRET.matcher(browser.page);
		if (!reference.find() || !secret.find()) {
			count("confirmation_without_reference");
			throw new IllegalStateException("confirmation without reference");
		}
		synchronized (shown) {
			shown.printf("%s\t%.3f%n", reference.group(1), now());
		}
		count("shown");
		if (notSentBefore) {
			count("resent_after_not_sent");
			return "shown_after_not_sent";
		}
		return "shown";
	}

	/** After the not-sent page: every second, check answers until it shows this person's answers again. */
	static boolean comeBack(Browser browser, String marker, long deadline) throws InterruptedException {
		while (System.nanoTime() < deadline + TimeUnit.SECONDS.toNanos(60)) {
			pause(1000);
			try {
				HttpResponse<String> page = browser.get("/report/check-answers", -1);
				if (page.statusCode() == 200 && page.body().contains(marker)) {
					count("answers_kept");
					return true;
				}
				if (page.statusCode() == 302) {
					// Sent back to the start: the answers are gone.
					count("answers_lost");
					return false;
				}
				count("come_back_" + page.statusCode());
			}
			catch (IOException ex) {
				count("come_back_io_error");
			}
		}
		count("answers_not_back_in_time");
		return false;
	}

	static final class Browser {

		final HttpClient http;

		String csrf;

		String page = "";

		Browser(HttpClient http) {
			this.http = http;
		}

		/** GET; expected -1 accepts any status. Keeps the page and its form's CSRF token. */
		HttpResponse<String> get(String path, int expected) throws IOException, InterruptedException {
			HttpResponse<String> response = pressingAgainWhenBusy(HttpRequest.newBuilder(URI.create(BASE + path))
				.timeout(Duration.ofSeconds(REQUEST_TIMEOUT_SECONDS))
				.GET()
				.build());
			if (expected != -1 && response.statusCode() != expected) {
				throw new IllegalStateException("GET " + path.replaceFirst("\\?.*", "") + " answered " + response.statusCode());
			}
			remember(response);
			return response;
		}

		/** POST a form with the CSRF token of the last page fetched. */
		HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
			if (csrf == null) {
				throw new IllegalStateException("no CSRF token on the page");
			}
			String body = "_csrf=" + enc(csrf) + (form.isEmpty() ? "" : "&" + form);
			HttpResponse<String> response = pressingAgainWhenBusy(HttpRequest.newBuilder(URI.create(BASE + path))
				.timeout(Duration.ofSeconds(REQUEST_TIMEOUT_SECONDS))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
			remember(response);
			return response;
		}

		/** The busy page changed nothing (its answers are kept): wait a second and send the same request again. */
		private HttpResponse<String> pressingAgainWhenBusy(HttpRequest request) throws IOException, InterruptedException {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			for (int again = 0; again < BUSY_RETRIES && response.statusCode() == 503 && response.body().contains(BUSY); again++) {
				count("busy_page");
				pause(1000);
				response = http.send(request, HttpResponse.BodyHandlers.ofString());
			}
			return response;
		}

		private void remember(HttpResponse<String> response) {
			if (response.statusCode() == 200) {
				page = response.body();
				Matcher matcher = CSRF.matcher(page);
				csrf = matcher.find() ? htmlUnescape(matcher.group(1)) : null;
			}
		}

	}

	static String BASE;

	static final int REQUEST_TIMEOUT_SECONDS = Integer.getInteger("requestTimeout", 20);

	static String htmlUnescape(String value) {
		return value.replace("&#45;", "-").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
			.replace("&gt;", ">").replace("&amp;", "&");
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	// ---------------------------------------------------------------- check

	static boolean check(String url, String user, String password, Path out) throws Exception {
		List<String> lines = Files.readAllLines(out.resolve("shown.txt"));
		Map<String, Integer> shownReferences = new LinkedHashMap<>();
		for (String line : lines) {
			if (!line.isBlank()) {
				shownReferences.merge(line.split("\t")[0], 1, Integer::sum);
			}
		}
		Instant since = Instant.parse(Files.readString(out.resolve("started")).strip()).minusSeconds(5);
		Map<String, Integer> stored = new HashMap<>();
		List<String> halfWritten = new ArrayList<>();
		int sentInRun;
		try (Connection connection = DriverManager.getConnection(url, user, password); Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement.executeQuery("select reference, count(*) from hate_report group by reference")) {
				while (rows.next()) {
					stored.put(rows.getString(1), rows.getInt(2));
				}
			}
			var recent = connection.prepareStatement("""
					select r.id, r.reference,
					  (select count(*) from hate_report_incident_type t where t.report_id = r.id) as incident_types,
					  (select count(*) from hate_report_strand s where s.report_id = r.id) as strands,
					  (select count(*) from report_consent_event c where c.report_id = r.id and c.subject = 'POLICE_SHARING') as consent,
					  (select count(*) from audit_entry a where a.action = 'REPORT_SUBMITTED' and a.record_type = 'hate_report'
					     and a.record_id = cast(r.id as varchar(100))) as audit
					from hate_report r where r.channel = 'ONLINE' and r.submitted_at >= ?""");
			recent.setTimestamp(1, Timestamp.from(since));
			sentInRun = 0;
			try (ResultSet rows = recent.executeQuery()) {
				while (rows.next()) {
					sentInRun++;
					if (rows.getInt("incident_types") < 1 || rows.getInt("strands") < 1 || rows.getInt("consent") != 1
							|| rows.getInt("audit") != 1) {
						halfWritten.add(rows.getString("reference") + " (incident types " + rows.getInt("incident_types") + ", strands "
								+ rows.getInt("strands") + ", consent events " + rows.getInt("consent") + ", audit entries "
								+ rows.getInt("audit") + ")");
					}
				}
			}
		}
		List<String> missing = new ArrayList<>();
		List<String> duplicated = new ArrayList<>();
		for (var entry : shownReferences.entrySet()) {
			int count = stored.getOrDefault(entry.getKey(), 0);
			if (count == 0) {
				missing.add(entry.getKey());
			}
			else if (count > 1) {
				duplicated.add(entry.getKey());
			}
			if (entry.getValue() > 1) {
				duplicated.add(entry.getKey() + " (shown " + entry.getValue() + " times)");
			}
		}
		System.out.printf("references shown: %d; stored once: %d; missing: %d; stored more than once: %d%n", shownReferences.size(),
				shownReferences.size() - missing.size() - duplicated.size(), missing.size(), duplicated.size());
		System.out.printf("reports stored in the run: %d (not shown: %d, e.g. sent just before a fault); half-written: %d%n",
				sentInRun, Math.max(0, sentInRun - shownReferences.size() + missing.size()), halfWritten.size());
		missing.stream().limit(10).forEach(reference -> System.out.println("  missing: " + reference));
		duplicated.stream().limit(10).forEach(reference -> System.out.println("  more than once: " + reference));
		halfWritten.stream().limit(10).forEach(report -> System.out.println("  half-written: " + report));
		boolean pass = !shownReferences.isEmpty() && missing.isEmpty() && duplicated.isEmpty() && halfWritten.isEmpty();
		System.out.println((pass ? "PASS" : "FAIL") + ": every reference shown is stored once and nothing is half-written"
				+ (shownReferences.isEmpty() ? " (FAIL: no reference was shown at all)" : ""));
		return pass;
	}

}

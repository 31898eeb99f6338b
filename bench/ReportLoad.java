import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Report load benchmark (run by bench/report-load.sh, never by the test suite). Each phase is a subcommand that
 * adds its figures to one results file, so the script can stop the application between phases (H2's file is
 * locked while the application runs):
 *
 * <pre>
 *   insert  --jdbc URL --threads N --seconds S --results FILE            the JDBC single-row INSERT ceiling
 *   load    --base URL --label closed --reporters N --seconds S ...      N reporters as fast as they can
 *   load    --base URL --label open --rate R --seconds S ...             R new reporters a second, whatever happens
 *   check   --jdbc URL --refs FILE --results FILE                        every reference shown is stored once
 *   summary --results FILE                                               the table and PASS/FAIL; exit 1 on FAIL
 * </pre>
 *
 * A journey is what a browser does for one complete online report: for each of the 12 pages (11 questions, then
 * check answers) GET the page, take the CSRF token from its form, POST the answers and follow the redirect to the
 * next page; after the send, GET the confirmation and read the reference shown. That is 25 HTTP requests:
 * 12 GETs + 12 POSTs + the confirmation. Each reporter is a new browser with its own cookie jar
 * (java.net.CookieManager) and its own client address (X-Forwarded-For; the script trusts the loopback proxy),
 * so per-client limits and buckets behave as they do for many people rather than one.
 */
public class ReportLoad {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

	static final Pattern REFERENCE = Pattern.compile("id=\"reference\"[^>]*>\\s*(HC-[0-9A-Z]{4}-[0-9A-Z]{2})\\s*<");

	/** The pages in order and the answers posted on each (the redirect after each POST goes to the next one). */
	static final String[][] PAGES = {
			{ "emergency", "emergency=NO" },
			{ "who", "reporterRole=WITNESS" },
			{ "what", "incidentTypes=VERBAL_ABUSE&whatHappened=Shouted+abuse+at+a+bus+stop" },
			{ "when", "whenKind=APPROXIMATE&occurredDescription=Last+week" },
			{ "where", "locationDescription=Bus+stop&wardCode=E05013630" },
			{ "before", "happenedBefore=NO" },
			{ "why", "strands=RACE" },
			{ "police", "policeConsent=YES" },
			{ "about-you", "giveDetails=NO" },
			{ "support", "supportWanted=NO" },
			{ "evidence", "" },
			{ "check-answers", "" } };

	/** The request names, in journey order: what the per-page figures are keyed by. */
	static final List<String> REQUESTS = new ArrayList<>();
	static {
		for (String[] page : PAGES) {
			REQUESTS.add("GET " + page[0]);
			REQUESTS.add("POST " + page[0] + (page[0].equals("check-answers") ? " (send)" : ""));
		}
		REQUESTS.add("GET confirmation");
	}

	static final String SEND = "POST check-answers (send)";

	public static void main(String[] args) throws Exception {
		if (args.length == 0 || args[0].equals("--help")) {
			System.out.println("usage: ReportLoad insert|load|check|summary --option value ... (see the class comment)");
			System.out.println("a journey: " + REQUESTS.size() + " requests: " + String.join(", ", REQUESTS));
			return;
		}
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		switch (args[0]) {
			case "insert" -> insert(options);
			case "load" -> {
				load(options);
				System.exit(0); // the HTTP client's threads would keep the JVM alive for another minute
			}
			case "check" -> check(options);
			case "summary" -> System.exit(summary(options) ? 0 : 1);
			default -> throw new IllegalArgumentException("unknown phase " + args[0]);
		}
	}

	// ---------------------------------------------------------------- results file

	static Properties read(Path file) throws IOException {
		Properties properties = new Properties();
		if (Files.exists(file)) {
			try (Reader in = Files.newBufferedReader(file)) {
				properties.load(in);
			}
		}
		return properties;
	}

	static synchronized void add(Path file, Map<String, String> figures) throws IOException {
		Properties properties = read(file);
		properties.putAll(figures);
		try (Writer out = Files.newBufferedWriter(file)) {
			properties.store(out, "bench/ReportLoad.java");
		}
	}

	/** Latencies in milliseconds, collected from many threads. */
	static final class Samples {

		final List<Double> values = Collections.synchronizedList(new ArrayList<>());

		void add(long startNanos) {
			values.add((System.nanoTime() - startNanos) / 1e6);
		}

		List<Double> sorted() {
			List<Double> sorted;
			synchronized (values) {
				sorted = new ArrayList<>(values);
			}
			Collections.sort(sorted);
			return sorted;
		}

		void into(Map<String, String> figures, String prefix) {
			List<Double> sorted = sorted();
			figures.put(prefix + ".count", String.valueOf(sorted.size()));
			for (int p : new int[] { 50, 95, 99 }) {
				figures.put(prefix + ".p" + p, String.format(java.util.Locale.ROOT, "%.1f", pct(sorted, p)));
			}
			figures.put(prefix + ".max", String.format(java.util.Locale.ROOT, "%.1f", sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1)));
		}

	}

	static double pct(List<Double> sorted, int p) {
		return sorted.isEmpty() ? Double.NaN
				: sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)));
	}

	// ---------------------------------------------------------------- insert ceiling

	static void insert(Map<String, String> options) throws Exception {
		String jdbcUrl = options.get("jdbc");
		int threads = Integer.parseInt(options.getOrDefault("threads", "50"));
		int seconds = Integer.parseInt(options.getOrDefault("seconds", "20"));
		try (Connection connection = DriverManager.getConnection(jdbcUrl); Statement statement = connection.createStatement()) {
			statement.execute("drop table if exists bench_insert");
			statement.execute("create table bench_insert (id bigint generated by default as identity primary key, "
					+ "payload varchar(200), at timestamp with time zone)");
		}
		Samples latencies = new Samples();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		long start = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<java.util.concurrent.Future<?>> work = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			work.add(pool.submit(() -> {
				try (Connection connection = DriverManager.getConnection(jdbcUrl);
						PreparedStatement insert = connection
							.prepareStatement("insert into bench_insert (payload, at) values (?, current_timestamp)")) {
					while (System.nanoTime() < end) {
						long t = System.nanoTime();
						insert.setString(1, "Shouted abuse at a bus stop");
						insert.executeUpdate();
						latencies.add(t);
					}
				}
				return null;
			}));
		}
		for (var future : work) {
			future.get();
		}
		pool.shutdown();
		double elapsed = (System.nanoTime() - start) / 1e9;
		try (Connection connection = DriverManager.getConnection(jdbcUrl); Statement statement = connection.createStatement()) {
			statement.execute("drop table bench_insert");
		}
		Map<String, String> figures = new LinkedHashMap<>();
		figures.put("insert.threads", String.valueOf(threads));
		figures.put("insert.seconds", String.valueOf(elapsed));
		figures.put("insert.rate", String.valueOf(latencies.values.size() / elapsed));
		latencies.into(figures, "insert.latency");
		add(Path.of(options.get("results")), figures);
		System.out.printf("JDBC single-row INSERT, %d connections, %.0f s: %.0f rows/s (p95 %.1f ms)%n", threads, elapsed,
				latencies.values.size() / elapsed, pct(latencies.sorted(), 95));
	}

	// ---------------------------------------------------------------- the journeys

	static HttpClient http;

	static Duration timeout;

	/** What happened on one load phase. */
	static final class Phase {

		final Map<String, Samples> pages = new ConcurrentHashMap<>();

		final Samples journeys = new Samples();

		final Samples busy = new Samples();

		final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

		final LongAdder busyJourneys = new LongAdder();

		final LongAdder requests = new LongAdder();

		final AtomicLong started = new AtomicLong();

		Writer references;

		Phase() {
			for (String request : REQUESTS) {
				pages.put(request, new Samples());
			}
		}

		void error(String kind) {
			errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
		}

		synchronized void shown(String reference) throws IOException {
			references.write(reference + "\n");
		}

	}

	/** The page answered "busy" (503): the journey stops there, as a person would wait a minute. */
	static final class Busy extends Exception {

		Busy() {
			super(null, null, false, false);
		}

	}

	/** A failure of a known kind, counted under that kind. */
	static final class Failed extends Exception {

		Failed(String kind) {
			super(kind, null, false, false);
		}

	}

	static void load(Map<String, String> options) throws Exception {
		String base = options.get("base");
		String label = options.getOrDefault("label", "closed");
		int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
		timeout = Duration.ofMillis(Long.parseLong(options.getOrDefault("timeout-ms", "10000")));
		http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10)).executor(Executors.newCachedThreadPool()).build();
		Phase phase = new Phase();
		Path refs = options.containsKey("refs") ? Path.of(options.get("refs")) : Files.createTempFile("refs", ".txt");
		phase.references = Files.newBufferedWriter(refs, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		long start = System.nanoTime();
		long end = start + TimeUnit.SECONDS.toNanos(seconds);
		double rate = 0;
		int reporters = 0;
		LongAdder saturated = new LongAdder();
		if (options.containsKey("rate")) {
			// Open: a new reporter every 1/rate seconds, whether or not the earlier ones have finished.
			rate = Double.parseDouble(options.get("rate"));
			int maxOpen = Integer.parseInt(options.getOrDefault("max-open", "3000"));
			Semaphore open = new Semaphore(maxOpen);
			ExecutorService pool = Executors.newCachedThreadPool();
			long interval = (long) (1e9 / rate);
			long next = start;
			while (next < end) {
				long wait = next - System.nanoTime();
				if (wait > 0) {
					TimeUnit.NANOSECONDS.sleep(wait);
				}
				next += interval;
				if (!open.tryAcquire()) {
					saturated.increment();
					continue;
				}
				pool.execute(() -> {
					try {
						oneJourney(base, phase);
					}
					finally {
						open.release();
					}
				});
			}
			pool.shutdown();
			pool.awaitTermination(timeout.toSeconds() * REQUESTS.size() + 60, TimeUnit.SECONDS);
		}
		else {
			reporters = Integer.parseInt(options.getOrDefault("reporters", "50"));
			ExecutorService pool = Executors.newFixedThreadPool(reporters);
			for (int i = 0; i < reporters; i++) {
				pool.execute(() -> {
					while (System.nanoTime() < end) {
						if (!oneJourney(base, phase)) {
							// Told "busy" or failed: a person waits before trying again (a second here, not a minute).
							try {
								TimeUnit.SECONDS.sleep(1);
							}
							catch (InterruptedException ex) {
								return;
							}
						}
					}
				});
			}
			pool.shutdown();
			pool.awaitTermination(seconds + timeout.toSeconds() * REQUESTS.size() + 60, TimeUnit.SECONDS);
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		phase.references.close();

		Map<String, String> figures = new LinkedHashMap<>();
		String p = label + ".";
		figures.put(p + "seconds", String.valueOf(elapsed));
		figures.put(p + "reporters", String.valueOf(reporters));
		figures.put(p + "rate", String.valueOf(rate));
		figures.put(p + "started", String.valueOf(phase.started.get()));
		figures.put(p + "journeys", String.valueOf(phase.journeys.values.size()));
		figures.put(p + "journeys-per-second", String.valueOf(phase.journeys.values.size() / elapsed));
		figures.put(p + "requests-per-second", String.valueOf(phase.requests.sum() / elapsed));
		figures.put(p + "busy-journeys", String.valueOf(phase.busyJourneys.sum()));
		figures.put(p + "generator-saturated", String.valueOf(saturated.sum()));
		phase.journeys.into(figures, p + "journey");
		phase.busy.into(figures, p + "busy");
		for (int i = 0; i < REQUESTS.size(); i++) {
			phase.pages.get(REQUESTS.get(i)).into(figures, p + "page." + i);
		}
		long errorTotal = 0;
		for (var error : new TreeMap<>(phase.errors).entrySet()) {
			figures.put(p + "error." + error.getKey(), String.valueOf(error.getValue().sum()));
			errorTotal += error.getValue().sum();
		}
		figures.put(p + "errors", String.valueOf(errorTotal));
		add(Path.of(options.get("results")), figures);
		printPhase(label, read(Path.of(options.get("results"))));
	}

	/** One reporter's whole report; true if it reached the confirmation with a reference. */
	static boolean oneJourney(String base, Phase phase) {
		phase.started.incrementAndGet();
		long journeyStart = System.nanoTime();
		CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String client = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
		try {
			String path = "/report/" + PAGES[0][0];
			for (int i = 0; i < PAGES.length; i++) {
				String page = PAGES[i][0];
				if (!path.equals("/report/" + page)) {
					throw new Failed("unexpected-redirect-to-" + path);
				}
				HttpResponse<String> shown = request(phase, "GET " + page, base + path, null, cookies, client, 200);
				Matcher csrf = CSRF.matcher(shown.body());
				if (!csrf.find()) {
					throw new Failed("no-csrf-token-on-" + page);
				}
				String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
				String form = "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
						+ (PAGES[i][1].isEmpty() ? "" : "&" + PAGES[i][1]);
				String name = "POST " + page + (page.equals("check-answers") ? " (send)" : "");
				HttpResponse<String> answered = request(phase, name, base + "/report/" + page, form, cookies, client, 302);
				path = answered.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
			}
			if (!path.equals("/report/confirmation")) {
				throw new Failed("send-redirected-to-" + path);
			}
			HttpResponse<String> confirmation = request(phase, "GET confirmation", base + path, null, cookies, client, 200);
			Matcher reference = REFERENCE.matcher(confirmation.body());
			if (!reference.find()) {
				throw new Failed("no-reference-on-confirmation");
			}
			phase.shown(reference.group(1));
			phase.journeys.add(journeyStart);
			return true;
		}
		catch (Busy ex) {
			phase.busyJourneys.increment();
		}
		catch (Failed ex) {
			phase.error(ex.getMessage());
		}
		catch (HttpTimeoutException ex) {
			phase.error("timeout");
		}
		catch (ConnectException ex) {
			phase.error("connect");
		}
		catch (IOException ex) {
			phase.error("io-" + ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			phase.error("client-" + ex.getClass().getSimpleName());
		}
		return false;
	}

	static HttpResponse<String> request(Phase phase, String name, String url, String form, CookieManager cookies,
			String client, int expected) throws IOException, InterruptedException, Busy, Failed {
		URI uri = URI.create(url);
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout).header("X-Forwarded-For", client)
			.header("Accept-Language", "en-GB");
		for (var header : cookies.get(uri, Map.of()).entrySet()) {
			for (String value : header.getValue()) {
				builder.header(header.getKey(), value);
			}
		}
		if (form != null) {
			builder.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
		}
		long start = System.nanoTime();
		HttpResponse<String> response;
		try {
			response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
		}
		finally {
			phase.requests.increment();
		}
		cookies.put(uri, response.headers().map());
		if (response.statusCode() == 503) {
			phase.busy.add(start);
			if (!response.body().contains("try again in a minute") && !response.body().contains("Try again in a minute")) {
				throw new Failed("503-without-busy-page");
			}
			throw new Busy();
		}
		phase.pages.get(name).add(start);
		if (response.statusCode() != expected) {
			throw new Failed(name.replace(' ', '-') + "-answered-" + response.statusCode());
		}
		return response;
	}

	static void printPhase(String label, Properties figures) {
		String p = label + ".";
		double seconds = Double.parseDouble(figures.getProperty(p + "seconds"));
		String how = figures.getProperty(p + "rate").equals("0.0")
				? figures.getProperty(p + "reporters") + " reporters as fast as they can"
				: String.format("open: %.1f new reporters a second", Double.parseDouble(figures.getProperty(p + "rate")));
		System.out.printf("%n== %s (%s, %.0f s): %s complete journeys, %.1f/s, %.0f requests/s; busy journeys %s; errors %s%n",
				label, how, seconds, figures.getProperty(p + "journeys"),
				Double.parseDouble(figures.getProperty(p + "journeys-per-second")),
				Double.parseDouble(figures.getProperty(p + "requests-per-second")), figures.getProperty(p + "busy-journeys"),
				figures.getProperty(p + "errors"));
		System.out.printf("%-32s %8s %9s %9s %9s %9s%n", "request", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
		for (int i = 0; i < REQUESTS.size(); i++) {
			row(figures, REQUESTS.get(i), p + "page." + i);
		}
		row(figures, "whole journey (25 requests)", p + "journey");
		row(figures, "busy answers (503)", p + "busy");
		for (String key : new java.util.TreeSet<>(figures.stringPropertyNames())) {
			if (key.startsWith(p + "error.")) {
				System.out.printf("  error %s: %s%n", key.substring((p + "error.").length()), figures.getProperty(key));
			}
		}
		if (!"0".equals(figures.getProperty(p + "generator-saturated", "0"))) {
			System.out.printf("  not started (load generator's limit of open journeys reached): %s%n",
					figures.getProperty(p + "generator-saturated"));
		}
	}

	static void row(Properties figures, String name, String prefix) {
		System.out.printf("%-32s %8s %9s %9s %9s %9s%n", name, figures.getProperty(prefix + ".count"),
				figures.getProperty(prefix + ".p50"), figures.getProperty(prefix + ".p95"),
				figures.getProperty(prefix + ".p99"), figures.getProperty(prefix + ".max"));
	}

	// ---------------------------------------------------------------- stored once

	static void check(Map<String, String> options) throws Exception {
		List<String> shown = Files.readAllLines(Path.of(options.get("refs"))).stream().filter(line -> !line.isBlank()).toList();
		Map<String, Integer> stored = new HashMap<>();
		try (Connection connection = DriverManager.getConnection(options.get("jdbc"));
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select reference, count(*) from hate_report group by reference")) {
			while (rows.next()) {
				stored.put(rows.getString(1), rows.getInt(2));
			}
		}
		Map<String, Integer> timesShown = new HashMap<>();
		for (String reference : shown) {
			timesShown.merge(reference, 1, Integer::sum);
		}
		long missing = timesShown.keySet().stream().filter(reference -> !stored.containsKey(reference)).count();
		long storedTwice = timesShown.keySet().stream().filter(reference -> stored.getOrDefault(reference, 0) > 1).count();
		long shownTwice = timesShown.values().stream().filter(times -> times > 1).count();
		long storedRows = stored.values().stream().mapToLong(Integer::longValue).sum();
		Map<String, String> figures = new LinkedHashMap<>();
		figures.put("check.shown", String.valueOf(shown.size()));
		figures.put("check.missing", String.valueOf(missing));
		figures.put("check.stored-more-than-once", String.valueOf(storedTwice));
		figures.put("check.shown-more-than-once", String.valueOf(shownTwice));
		figures.put("check.stored-rows", String.valueOf(storedRows));
		add(Path.of(options.get("results")), figures);
		System.out.printf("%nreferences shown: %d; not stored: %d; stored more than once: %d; shown to two reporters: %d; "
				+ "reports stored in all: %d%n", shown.size(), missing, storedTwice, shownTwice, storedRows);
	}

	// ---------------------------------------------------------------- summary

	static boolean summary(Map<String, String> options) throws Exception {
		Properties f = read(Path.of(options.get("results")));
		double target = Double.parseDouble(options.getOrDefault("target-journeys", "150"));
		double pageTarget = Double.parseDouble(options.getOrDefault("target-p95-ms", "300"));
		double ceiling = Double.parseDouble(f.getProperty("insert.rate", "NaN"));
		System.out.printf("%n==== Summary (%s)%n", options.getOrDefault("title", ""));
		System.out.println("a journey = " + REQUESTS.size() + " requests: " + String.join(", ", REQUESTS));
		System.out.printf("JDBC single-row INSERT ceiling: %.0f rows/s (%s connections)%n", ceiling,
				f.getProperty("insert.threads"));
		boolean pass = true;
		if (f.containsKey("closed.seconds")) {
			double rate = Double.parseDouble(f.getProperty("closed.journeys-per-second"));
			System.out.printf("closed: %.1f complete journeys/s = %.3f%% of the INSERT ceiling (%.0f requests/s = %.2f%%)%n", rate,
					100 * rate / ceiling, Double.parseDouble(f.getProperty("closed.requests-per-second")),
					100 * Double.parseDouble(f.getProperty("closed.requests-per-second")) / ceiling);
			System.out.printf("the target as a share of this run's ceiling: %.0f journeys/s = %.3f%%%n", target, 100 * target / ceiling);
			pass &= line(rate >= target, String.format("at least %.0f complete journeys a second: %.1f/s", target, rate));
			double worst = 0;
			String worstName = "";
			for (int i = 0; i < REQUESTS.size(); i++) {
				double p95 = Double.parseDouble(f.getProperty("closed.page." + i + ".p95"));
				if (!(p95 <= worst)) {
					worst = p95;
					worstName = REQUESTS.get(i);
				}
			}
			double send = Double.parseDouble(f.getProperty("closed.page." + REQUESTS.indexOf(SEND) + ".p95"));
			pass &= line(worst < pageTarget, String.format("every page's p95 under %.0f ms: worst %s %.1f ms", pageTarget,
					worstName, worst));
			pass &= line(send < pageTarget, String.format("the send's p95 under %.0f ms: %.1f ms", pageTarget, send));
			pass &= line("0".equals(f.getProperty("closed.errors")), "no errors at the sustainable rate: " + f.getProperty("closed.errors"));
		}
		if (f.containsKey("open.seconds")) {
			String timeouts = f.getProperty("open.error.timeout", "0");
			String connects = f.getProperty("open.error.connect", "0");
			double busyP95 = Double.parseDouble(f.getProperty("open.busy.p95"));
			System.out.printf("open at %.1f arrivals/s: %s journeys complete (%.1f/s), %s stopped by a busy page, %s errors%n",
					Double.parseDouble(f.getProperty("open.rate")), f.getProperty("open.journeys"),
					Double.parseDouble(f.getProperty("open.journeys-per-second")), f.getProperty("open.busy-journeys"),
					f.getProperty("open.errors"));
			pass &= line("0".equals(timeouts) && "0".equals(connects),
					"overload: no request timed out or was refused a connection: timeouts " + timeouts + ", connect " + connects);
			pass &= line("0".equals(f.getProperty("open.errors")), "overload: no other errors: " + f.getProperty("open.errors"));
			pass &= line(Double.isNaN(busyP95) || busyP95 < pageTarget,
					String.format("overload: busy answers fast (p95 under %.0f ms): %s busy answers, p95 %.1f ms", pageTarget,
							f.getProperty("open.busy.count"), busyP95));
		}
		if (f.containsKey("check.shown")) {
			boolean once = "0".equals(f.getProperty("check.missing")) && "0".equals(f.getProperty("check.stored-more-than-once"))
					&& "0".equals(f.getProperty("check.shown-more-than-once"));
			pass &= line(once && !"0".equals(f.getProperty("check.shown")),
					String.format("every reference shown is stored exactly once: %s shown, %s not stored, %s stored twice, %s shown twice",
							f.getProperty("check.shown"), f.getProperty("check.missing"),
							f.getProperty("check.stored-more-than-once"), f.getProperty("check.shown-more-than-once")));
		}
		System.out.println(pass ? "RESULT: PASS" : "RESULT: FAIL");
		return pass;
	}

	static boolean line(boolean ok, String text) {
		System.out.println((ok ? "PASS " : "FAIL ") + text);
		return ok;
	}

}

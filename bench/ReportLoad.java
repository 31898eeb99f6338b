import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmark (run by bench/report-load.sh, never by the test suite). N concurrent reporters each send
 * complete online reports over HTTP: every question page, check answers, send. Measured: reports per second and
 * the latency of the final "send" request (p50/p95/p99), and of the whole journey. Baseline in the same run:
 * the same number of threads doing plain single-row JDBC INSERTs into a bare table, the ceiling for one write.
 */
public class ReportLoad {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final String[][] STEPS = {
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
			{ "evidence", "" } };

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int reporters = Integer.parseInt(args[1]);
		int seconds = Integer.parseInt(args[2]);
		String jdbcUrl = args[3];

		Result baseline = insertBaseline(jdbcUrl, reporters, seconds);
		Result reports = reportLoad(base, reporters, seconds);
		Result burst = sendBurst(base, reporters, 20);

		System.out.printf("%n%-44s %10s %10s %10s %10s %8s%n", "measure", "per second", "p50 ms", "p95 ms", "p99 ms", "count");
		print("JDBC single-row INSERT (baseline)", baseline.latencies, baseline.seconds);
		print("report: final send request", reports.latencies, reports.seconds);
		print("report: whole journey (13 requests)", reports.journeys, reports.seconds);
		print("send burst: answers ready, all press Send", burst.latencies, burst.seconds);
		double ceiling = baseline.latencies.size() / baseline.seconds;
		System.out.printf("%nas a share of the INSERT ceiling: whole journeys %.1f%%, send burst %.1f%%; errors: %d and %d%n",
				100.0 * reports.latencies.size() / reports.seconds / ceiling, 100.0 * burst.latencies.size() / burst.seconds / ceiling,
				reports.errors, burst.errors);
	}

	record Result(List<Double> latencies, List<Double> journeys, double seconds, int errors) {
	}

	static Result reportLoad(String base, int reporters, int seconds) throws Exception {
		List<Double> sends = Collections.synchronizedList(new ArrayList<>());
		List<Double> journeys = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger errors = new AtomicInteger();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		long start = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(reporters);
		for (int i = 0; i < reporters; i++) {
			pool.submit(() -> {
				while (System.nanoTime() < end) {
					try {
						long journeyStart = System.nanoTime();
						double send = oneReport(base);
						sends.add(send);
						journeys.add((System.nanoTime() - journeyStart) / 1e6);
					}
					catch (Exception ex) {
						errors.incrementAndGet();
					}
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
		return new Result(sends, journeys, (System.nanoTime() - start) / 1e9, errors.get());
	}

	/**
	 * Everyone's answers are filled in first (not timed); then all reporters press "Send" as fast as they can, each
	 * sending its prepared reports one after another. This is the submission itself: the rate at which complete
	 * reports are accepted and stored, separate from the 12 requests of answering the questions.
	 */
	static Result sendBurst(String base, int reporters, int perReporter) throws Exception {
		List<List<String[]>> prepared = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(reporters);
		List<java.util.concurrent.Future<List<String[]>>> filling = new ArrayList<>();
		for (int i = 0; i < reporters; i++) {
			filling.add(pool.submit(() -> {
				List<String[]> ready = new ArrayList<>();
				for (int j = 0; j < perReporter; j++) {
					ready.add(answerEverything(base));
				}
				return ready;
			}));
		}
		for (var future : filling) {
			prepared.add(future.get());
		}
		List<Double> sends = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger errors = new AtomicInteger();
		java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
		List<java.util.concurrent.Future<?>> sending = new ArrayList<>();
		for (List<String[]> mine : prepared) {
			sending.add(pool.submit(() -> {
				go.await();
				for (String[] report : mine) {
					try {
						long t = System.nanoTime();
						post(new Session(report[0]), base + "/report/check-answers", report[1], 302);
						sends.add((System.nanoTime() - t) / 1e6);
					}
					catch (Exception ex) {
						errors.incrementAndGet();
					}
				}
				return null;
			}));
		}
		long start = System.nanoTime();
		go.countDown();
		for (var future : sending) {
			future.get();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		return new Result(sends, List.of(), seconds, errors.get());
	}

	/** One client for all reporters (as a browser farm would reuse connections); each report has its own cookie. */
	static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10)).build();

	/** One person's whole report; returns the latency of the final send, in milliseconds. */
	static double oneReport(String base) throws Exception {
		String[] ready = answerEverything(base);
		long sendStart = System.nanoTime();
		post(new Session(ready[0]), base + "/report/check-answers", ready[1], 302);
		return (System.nanoTime() - sendStart) / 1e6;
	}

	/** Answers every question; returns the session cookie and the CSRF form field, ready to send. */
	static String[] answerEverything(String base) throws Exception {
		HttpResponse<String> first = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/report/emergency")).build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = first.headers().allValues("Set-Cookie").stream().map(value -> value.split(";", 2)[0])
			.filter(value -> value.startsWith("SAFER_SESSION=")).findFirst().orElseThrow();
		Session http = new Session(cookie);
		String page = first.body();
		Matcher matcher = CSRF.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token");
		}
		String csrf = "_csrf=" + URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
		for (String[] step : STEPS) {
			post(http, base + "/report/" + step[0], csrf + (step[1].isEmpty() ? "" : "&" + step[1]), 302);
		}
		return new String[] { cookie, csrf };
	}

	record Session(String cookie) {
	}

	static void post(Session session, String url, String form, int expected) throws Exception {
		HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", session.cookie())
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(url + " answered " + response.statusCode());
		}
	}

	static Result insertBaseline(String jdbcUrl, int threads, int seconds) throws Exception {
		try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
			connection.createStatement().execute("drop table if exists bench_insert");
			connection.createStatement().execute("create table bench_insert (id bigserial primary key, payload text, at timestamptz)");
		}
		List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		long start = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		for (int i = 0; i < threads; i++) {
			pool.submit(() -> {
				try (Connection connection = DriverManager.getConnection(jdbcUrl);
						PreparedStatement insert = connection.prepareStatement("insert into bench_insert (payload, at) values (?, now())")) {
					while (System.nanoTime() < end) {
						long t = System.nanoTime();
						insert.setString(1, "Shouted abuse at a bus stop");
						insert.executeUpdate();
						latencies.add((System.nanoTime() - t) / 1e6);
					}
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
		return new Result(latencies, List.of(), (System.nanoTime() - start) / 1e9, 0);
	}

	static void print(String name, List<Double> values, double seconds) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		System.out.printf("%-44s %10.1f %10.1f %10.1f %10.1f %8d%n", name, sorted.size() / seconds, pct(sorted, 50),
				pct(sorted, 95), pct(sorted, 99), sorted.size());
	}

	static double pct(List<Double> sorted, int p) {
		return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

}

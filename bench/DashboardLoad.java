import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dashboard benchmark (run by bench/dashboard-load.sh, never by the test suite). With many million street_crime
 * rows in PostgreSQL it times, one request after another as a board member clicking through would:
 * <ol>
 * <li>the dashboard overview and one indicator page over HTTP, signed in (the application reads its monthly
 * aggregates);</li>
 * <li>baseline 1: the same figures by a plain GROUP BY over the raw rows in PostgreSQL;</li>
 * <li>baseline 2: the same GROUP BY in DuckDB over the same rows, loaded into a DuckDB table beforehand (loading
 * is not timed: it is what an analyst would have done once).</li>
 * </ol>
 * "The same figures" are what the pages show for one borough: rolling 12 months against the previous 12 by
 * crime type with the 24 monthly counts (overview, sparklines, SPC), and every borough's rolling 12 months for one
 * crime type (benchmark and rank). Arguments: base URL, e-mail, password, PostgreSQL JDBC URL, DuckDB file or "-",
 * CSV of the rows for DuckDB, period end (yyyy-MM-01), borough code, crime type, overview path, indicator path,
 * repetitions.
 */
public class DashboardLoad {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10)).build();

	static final String BY_TYPE_AND_MONTH = """
			select crime_type, crime_month, count(*) from street_crime
			where borough_code = ? and crime_month between ? and ?
			group by crime_type, crime_month""";

	static final String BY_BOROUGH = """
			select borough_code, count(*) from street_crime
			where crime_type = ? and crime_month between ? and ?
			group by borough_code""";

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String email = args[1];
		String password = args[2];
		String pgUrl = args[3];
		String duckFile = args[4];
		String csv = args[5];
		LocalDate periodEnd = LocalDate.parse(args[6]);
		String borough = args[7];
		String crimeType = args[8];
		String overviewPath = args[9];
		String indicatorPath = args[10];
		int repetitions = Integer.parseInt(args[11]);
		LocalDate from = periodEnd.minusMonths(23);
		LocalDate twelveFrom = periodEnd.minusMonths(11);

		String cookie = signIn(base, email, password);
		List<Double> overview = timePage(base + overviewPath, cookie, repetitions);
		List<Double> indicator = timePage(base + indicatorPath, cookie, repetitions);

		List<Double> postgres;
		try (Connection pg = DriverManager.getConnection(pgUrl)) {
			postgres = timeQueries(pg, repetitions, borough, crimeType, from, twelveFrom, periodEnd);
		}
		List<Double> duck = List.of();
		if (!"-".equals(duckFile)) {
			try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:" + duckFile)) {
				loadDuck(duckdb, csv);
				duck = timeQueries(duckdb, repetitions, borough, crimeType, from, twelveFrom, periodEnd);
			}
		}

		System.out.printf("%n%-52s %8s %8s %8s %6s%n", "measure (ms, sequential requests)", "p50", "p95", "p99", "n");
		print("dashboard overview over HTTP", overview);
		print("indicator page over HTTP", indicator);
		print("baseline: PostgreSQL GROUP BY over raw rows", postgres);
		print("baseline: DuckDB GROUP BY over the same rows", duck);
		System.out.printf("%np95 ratios: overview / PostgreSQL %.2f, indicator / PostgreSQL %.2f", p(overview, 95) / p(postgres, 95),
				p(indicator, 95) / p(postgres, 95));
		if (!duck.isEmpty()) {
			System.out.printf(", overview / DuckDB %.2f, indicator / DuckDB %.2f", p(overview, 95) / p(duck, 95),
					p(indicator, 95) / p(duck, 95));
		}
		System.out.println();
	}

	static String signIn(String base, String email, String password) throws Exception {
		HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = sessionCookie(login);
		Matcher csrf = CSRF.matcher(login.body());
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on /login");
		}
		String form = "_csrf=" + enc(csrf.group(1)) + "&email=" + enc(email) + "&password=" + enc(password);
		HttpResponse<String> signedIn = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("sign-in failed: " + signedIn.statusCode() + " " + signedIn.headers().map());
		}
		return sessionCookie(signedIn);
	}

	static String sessionCookie(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream().map(value -> value.split(";", 2)[0])
			.filter(value -> value.startsWith("SAFER_SESSION=")).findFirst()
			.orElseThrow(() -> new IllegalStateException("no session cookie"));
	}

	static List<Double> timePage(String url, String cookie, int repetitions) throws Exception {
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < repetitions + PAGE_WARM_UP; i++) {
			long start = System.nanoTime();
			HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).build(),
					HttpResponse.BodyHandlers.ofString());
			double ms = (System.nanoTime() - start) / 1e6;
			if (page.statusCode() != 200) {
				throw new IllegalStateException(url + " answered " + page.statusCode());
			}
			if (i >= PAGE_WARM_UP) {
				times.add(ms);
			}
		}
		return times;
	}

	/**
	 * Requests before timing starts: a server that has answered a few hundred requests, as a running service has,
	 * rather than one whose JIT has just started (ten warm-up requests left the overview's p95 at twice its steady
	 * value). Each takes tens of milliseconds, so this adds seconds, not minutes.
	 */
	static final int PAGE_WARM_UP = 300;

	static List<Double> timeQueries(Connection connection, int repetitions, String borough, String crimeType,
			LocalDate from, LocalDate twelveFrom, LocalDate periodEnd) throws Exception {
		List<Double> times = new ArrayList<>();
		try (PreparedStatement byType = connection.prepareStatement(BY_TYPE_AND_MONTH);
				PreparedStatement byBorough = connection.prepareStatement(BY_BOROUGH)) {
			for (int i = 0; i < repetitions + 10; i++) {
				long start = System.nanoTime();
				byType.setString(1, borough);
				byType.setObject(2, from);
				byType.setObject(3, periodEnd);
				drain(byType);
				byBorough.setString(1, crimeType);
				byBorough.setObject(2, twelveFrom);
				byBorough.setObject(3, periodEnd);
				drain(byBorough);
				if (i >= 10) {
					times.add((System.nanoTime() - start) / 1e6);
				}
			}
		}
		return times;
	}

	static void drain(PreparedStatement statement) throws Exception {
		try (ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				rows.getLong(rows.getMetaData().getColumnCount());
			}
		}
	}

	static void loadDuck(Connection duckdb, String csv) throws Exception {
		try (Statement statement = duckdb.createStatement()) {
			statement.execute("drop table if exists street_crime");
			long start = System.nanoTime();
			statement.execute("create table street_crime as select * from read_csv('" + csv
					+ "', header = true, columns = {'crime_month': 'DATE', 'crime_type': 'VARCHAR', 'borough_code': 'VARCHAR', 'ward_code': 'VARCHAR'})");
			System.out.printf("DuckDB: loaded the rows in %.1f s (not timed below)%n", (System.nanoTime() - start) / 1e9);
		}
	}

	static void print(String label, List<Double> times) {
		if (times.isEmpty()) {
			return;
		}
		System.out.printf("%-52s %8.1f %8.1f %8.1f %6d%n", label, p(times, 50), p(times, 95), p(times, 99), times.size());
	}

	static double p(List<Double> times, double percentile) {
		List<Double> sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.people.PersonDetails;

/**
 * Case-work benchmark (run by bench/casework-load.sh after bench/CaseworkData.java, never by the test suite).
 * Signed in as an officer of the council, it times one request after another, each measure cycling through
 * several values (types, wards, names…) so no answer is simply the last one again:
 * <ol>
 * <li>the case list {@code /staff/cases}: no filter, each filter (type, status, ward, owner, mine, and three at
 * once), a deep page, a name and a postcode search (the people module's blind indexes);</li>
 * <li>the person page {@code /staff/people/{id}} with its possible matches (the people module's
 * {@code suggestMatches}, which the add-a-party and open-case-from-report pages call too);</li>
 * <li>baseline: for each, the bare SQL the page needs (the count and the page of rows under the same visibility
 * rule; the blind-index look-ups and the candidates' sealed rows), timed by JDBC in the same run.</li>
 * </ol>
 * Blind-index digests for the baselines are made by the application's own code (by reflection, as
 * CaseworkData does). Arguments: base URL, e-mail, password, JDBC URL, repetitions. The keyset is read from
 * SAFER_CRYPTO_KEYSET. Exit status 1 when a page's p95 is 150 ms or more.
 */
public class CaseworkLoad {

	static final double TARGET_MS = 150;

	/** Requests before timing starts (at most the repetitions: a short run against a slow build stays short). */
	static final int WARM_UP = 30;

	static final int VARIANTS = 12;

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern CASE_REFERENCE = Pattern.compile(">C-\\d{4}-\\d+<");

	static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10)).build();

	/**
	 * The baseline's visibility rule, count and page: the application's own SQL for them (CaseSearch) without the
	 * locked-share column. BENCH_BASELINE=exact gives the SQL of the version before the count limit (an exact
	 * count, "or exists"), to compare a build of that version with its own baseline.
	 */
	static final boolean EXACT = "exact".equals(System.getenv("BENCH_BASELINE"));

	static final String VISIBLE = EXACT
			? "(c.owning_organisation_id = ? or exists (select 1 from case_share s where s.case_id = c.id and s.organisation_id = ?))"
			: "(c.owning_organisation_id = ? or c.id in (select s.case_id from case_share s where s.organisation_id = ?))";

	static final String COUNT = EXACT ? "select count(*) from case_file c where %s"
			: "select count(*) from (select 1 from case_file c where %s limit 1001) counted";

	static final String PAGE = "select c.id, c.reference, c.type_code, c.status, c.ward_code, c.owner_name, "
			+ "c.opened_on, c.owning_organisation_id from case_file c where %s order by c.opened_at desc, c.id desc "
			+ "limit " + (EXACT ? 25 : 26) + " offset %d";

	FieldEncryption encryption;

	Method nameKey;

	Method keysOf;

	Method open;

	Object sealed;

	/** One measure: the addresses it cycles through, and the bare SQL for the same variant. */
	record Measure(String name, List<String> paths, Baseline baseline, String check) {
	}

	interface Baseline {

		void run(Connection db, int variant) throws Exception;

	}

	public static void main(String[] args) throws Exception {
		System.exit(new CaseworkLoad().run(args[0], args[1], args[2], args[3], Integer.parseInt(args[4])));
	}

	int run(String base, String email, String password, String url, int repetitions) throws Exception {
		int warmUp = Math.min(WARM_UP, repetitions);
		openApplicationCrypto(System.getenv("SAFER_CRYPTO_KEYSET"));
		List<Measure> measures;
		List<String[]> results = new ArrayList<>();
		boolean allMet = true;
		try (Connection db = DriverManager.getConnection(url)) {
			measures = measures(db, email);
			String cookie = signIn(base, email, password);
			System.out.printf("%n%-34s %8s %8s %8s | %8s %8s %8s | %6s %8s%n", "measure (ms, sequential)", "p50", "p95",
					"max", "SQL p50", "SQL p95", "SQL max", "ratio", "found");
			for (Measure measure : measures) {
				List<Double> http = new ArrayList<>();
				long found = 0;
				for (int i = 0; i < warmUp + repetitions; i++) {
					String path = measure.paths().get(i % measure.paths().size());
					long start = System.nanoTime();
					HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
						.header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
					double ms = (System.nanoTime() - start) / 1e6;
					if (page.statusCode() != 200) {
						throw new IllegalStateException(path + " answered " + page.statusCode());
					}
					if (i >= warmUp) {
						http.add(ms);
						found += count(page.body(), measure.check());
					}
				}
				List<Double> sql = new ArrayList<>();
				for (int i = 0; i < 10 + repetitions; i++) {
					long start = System.nanoTime();
					measure.baseline().run(db, i % measure.paths().size());
					if (i >= 10) {
						sql.add((System.nanoTime() - start) / 1e6);
					}
				}
				double ratio = p(http, 95) / p(sql, 95);
				allMet &= p(http, 95) < TARGET_MS;
				System.out.printf("%-34s %8.1f %8.1f %8.1f | %8.1f %8.1f %8.1f | %6.1f %8.1f%n", measure.name(), p(http, 50),
						p(http, 95), p(http, 100), p(sql, 50), p(sql, 95), p(sql, 100), ratio, found / (double) repetitions);
				results.add(new String[] { measure.name(), String.format(Locale.UK, "%.1f", p(http, 95)) });
			}
		}
		System.out.printf("%n(found, on average: case references on the page; people linked from the look-up, its repeat victims included; possible matches on the person page)%n");
		System.out.printf("Target: every page's p95 under %.0f ms: %s%n", TARGET_MS, allMet ? "MET" : "NOT MET");
		return allMet ? 0 : 1;
	}

	List<Measure> measures(Connection db, String email) throws Exception {
		long council = longs(db, "select organisation_id from staff_user where email = ?", email).get(0);
		List<String> types = strings(db, "select code from case_type where active order by display_order");
		List<String> wards = strings(db, "select code from ward order by code");
		List<Long> owners = longs(db, "select distinct owner_user_id from case_file where owning_organisation_id = ? "
				+ "order by 1", council);
		long me = longs(db, "select id from staff_user where email = ?", email).get(0);
		List<Long> probes = new ArrayList<>();
		long people = longs(db, "select max(id) from person").get(0);
		for (int i = 0; i < VARIANTS; i++) {
			probes.add(1 + i * (people / VARIANTS));
		}
		List<String> names = new ArrayList<>();
		List<String> postcodes = new ArrayList<>();
		List<PersonDetails> probeDetails = new ArrayList<>();
		for (long id : probes) {
			PersonDetails details = (PersonDetails) open.invoke(sealed,
					strings(db, "select sealed_details from person where id = ?", id).get(0));
			probeDetails.add(details);
			names.add(details.displayName());
		}
		// Postcodes of people who are parties to the council's cases, so the search finds cases.
		for (String cipher : strings(db, "select p.sealed_details from person p where p.id in (select person_id from "
				+ "case_party order by case_id limit 200) limit 200")) {
			PersonDetails details = (PersonDetails) open.invoke(sealed, cipher);
			if (!details.addresses().isEmpty() && postcodes.size() < VARIANTS) {
				postcodes.add(details.addresses().get(0).postcode());
			}
		}

		List<Measure> measures = new ArrayList<>();
		measures.add(list("case list, no filter", List.of(""), council, variant -> "", variant -> List.of()));
		measures.add(list("case list, type", cycle(types, "type"), council, variant -> " and c.type_code = ?",
				variant -> List.of(types.get(variant % types.size()))));
		List<String> statuses = List.of("OPEN", "UNDER_REVIEW", "CLOSED");
		measures.add(list("case list, status", cycle(statuses, "status"), council, variant -> " and c.status = ?",
				variant -> List.of(statuses.get(variant % 3))));
		List<String> someWards = wards.subList(0, Math.min(VARIANTS, wards.size()));
		measures.add(list("case list, ward (place)", cycle(someWards, "ward"), council, variant -> " and c.ward_code = ?",
				variant -> List.of(someWards.get(variant))));
		measures.add(list("case list, owner", cycle(owners.stream().map(String::valueOf).toList(), "owner"), council,
				variant -> " and c.owner_user_id = ?", variant -> List.of(owners.get(variant % owners.size()))));
		measures.add(list("case list, mine", List.of("?scope=mine"), council, variant -> " and c.owner_user_id = ?",
				variant -> List.of(me)));
		List<String> combined = new ArrayList<>();
		for (int i = 0; i < VARIANTS; i++) {
			combined.add("?type=" + types.get(i % types.size()) + "&status=OPEN&ward=" + wards.get(i % wards.size()));
		}
		measures.add(list("case list, type+status+ward", combined, council,
				variant -> " and c.type_code = ? and c.status = 'OPEN' and c.ward_code = ?",
				variant -> List.of(types.get(variant % types.size()), wards.get(variant % wards.size()))));
		measures.add(new Measure("case list, page 200", List.of("?page=200"), (connection, variant) -> {
			count(connection, VISIBLE, List.of(council, council));
			drain(connection, String.format(PAGE, VISIBLE, 199 * 25), List.of(council, council));
		}, "case"));
		measures.add(search("case list, name search", names, council));
		measures.add(search("case list, postcode search", postcodes, council));

		measures.add(peopleSearch(names));
		List<String> personPages = probes.stream().map(id -> "/staff/people/" + id).toList();
		measures.add(new Measure("person page, possible matches", personPages,
				(connection, variant) -> matchBaseline(connection, probeDetails.get(variant)), "match"));
		return measures;
	}

	interface Filter {

		String sql(int variant);

	}

	interface Params {

		List<Object> of(int variant);

	}

	Measure list(String name, List<String> queries, long council, Filter filter, Params params) {
		List<String> paths = queries.stream().map(query -> "/staff/cases" + query).toList();
		return new Measure(name, paths, (db, variant) -> {
			List<Object> all = new ArrayList<>(List.of(council, council));
			all.addAll(params.of(variant));
			String where = VISIBLE + filter.sql(variant);
			count(db, where, all);
			drain(db, String.format(PAGE, where, 0), all);
		}, "case");
	}

	/** A name or postcode typed into the case list: the blind-index look-up, then the cases with those people. */
	Measure search(String name, List<String> typed, long council) {
		List<String> paths = typed.stream().map(value -> "/staff/cases?q=" + enc(value)).toList();
		return new Measure(name, paths, (db, variant) -> {
			List<String> digests = new ArrayList<>();
			String value = typed.get(variant);
			@SuppressWarnings("unchecked")
			Optional<String> normalised = (Optional<String>) nameKey.invoke(null, value);
			normalised.ifPresent(n -> {
				digests.add(digest("FULL_NAME", n));
				digests.add(digest("ALIAS", n));
			});
			digests.add(digest("POSTCODE", value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT)));
			List<Long> ids = longs(db, "select distinct person_id from person_lookup where kind in ('FULL_NAME', 'ALIAS', "
					+ "'PHONE', 'EMAIL', 'POSTCODE') and digest = any(?)", db.createArrayOf("varchar", digests.toArray()));
			String where = VISIBLE + " and exists (select 1 from case_party p where p.case_id = c.id and p.person_id = any(?))";
			List<Object> all = List.of(council, council, db.createArrayOf("bigint", ids.toArray()));
			count(db, where, all);
			drain(db, String.format(PAGE, where, 0), all);
		}, "case");
	}

	/**
	 * The people look-up {@code /staff/people?q=}: everyone holding the name, their sealed rows and involvements,
	 * and (on every visit of that page) the victims of the last twelve months for the repeat-victim list.
	 */
	Measure peopleSearch(List<String> names) {
		List<String> paths = names.stream().map(value -> "/staff/people?q=" + enc(value)).toList();
		return new Measure("people look-up, name", paths, (db, variant) -> {
			@SuppressWarnings("unchecked")
			Optional<String> normalised = (Optional<String>) nameKey.invoke(null, names.get(variant));
			List<String> digests = List.of(digest("FULL_NAME", normalised.orElseThrow()),
					digest("ALIAS", normalised.orElseThrow()));
			List<Long> ids = longs(db, "select distinct person_id from person_lookup where kind in ('FULL_NAME', 'ALIAS', "
					+ "'PHONE', 'EMAIL', 'POSTCODE') and digest = any(?)", db.createArrayOf("varchar", digests.toArray()));
			Object array = db.createArrayOf("bigint", ids.toArray());
			strings(db, "select sealed_details from person where id = any(?)", array);
			longs(db, "select person_id from person_involvement where person_id = any(?)", array);
			longs(db, "select person_id from person_involvement where role = 'VICTIM' and same_occasion = false "
					+ "and occurred_on between current_date - 365 and current_date");
		}, "person");
	}

	/** What suggestMatches needs from the database: the candidates by blind index, then their sealed rows. */
	void matchBaseline(Connection db, PersonDetails probe) throws Exception {
		@SuppressWarnings("unchecked")
		Map<Enum<?>, Set<String>> keys = (Map<Enum<?>, Set<String>>) keysOf.invoke(null, probe);
		List<String> pointing = new ArrayList<>();
		List<String> sounds = new ArrayList<>();
		List<String> others = new ArrayList<>();
		keys.forEach((kind, values) -> values.forEach(value -> {
			switch (kind.name()) {
				case "PHONE", "EMAIL" -> pointing.add(digest(kind.name(), value));
				case "FULL_NAME", "ALIAS" -> {
					pointing.add(digest("FULL_NAME", value));
					pointing.add(digest("ALIAS", value));
				}
				case "FAMILY_NAME_SOUND" -> sounds.add(digest(kind.name(), value));
				default -> others.add(digest(kind.name(), value));
			}
		}));
		List<Long> candidates = new ArrayList<>(longs(db, """
				select distinct l.person_id from person_lookup l join person p on p.id = l.person_id
				where l.kind in ('FULL_NAME', 'ALIAS', 'PHONE', 'EMAIL') and l.digest = any(?)
				and p.merged_into_id is null order by l.person_id desc limit 50""",
				db.createArrayOf("varchar", pointing.toArray())));
		if (candidates.size() < 50) {
			candidates.addAll(longs(db, """
					select distinct f.person_id from person_lookup f
					join person_lookup o on o.person_id = f.person_id
					join person p on p.id = f.person_id
					where f.kind = 'FAMILY_NAME_SOUND' and f.digest = any(?)
					and o.kind in ('DATE_OF_BIRTH', 'POSTCODE', 'GIVEN_NAME_SOUND') and o.digest = any(?)
					and p.merged_into_id is null order by f.person_id desc limit ?""",
					db.createArrayOf("varchar", sounds.toArray()), db.createArrayOf("varchar", others.toArray()),
					50 - candidates.size()));
		}
		strings(db, "select sealed_details from person where id = any(?)", db.createArrayOf("bigint", candidates.toArray()));
	}

	String digest(String kind, String normalised) {
		return encryption.pseudonym(kind + ":" + normalised);
	}

	static List<String> cycle(List<String> values, String parameter) {
		List<String> paths = new ArrayList<>();
		for (int i = 0; i < Math.min(VARIANTS, values.size()); i++) {
			paths.add("?" + parameter + "=" + enc(values.get(i)));
		}
		return paths;
	}

	static long count(String body, String check) {
		if (check.equals("match")) {
			return body.split("govuk-radios__item", -1).length - 1;
		}
		if (check.equals("person")) {
			return body.split("href=\"/staff/people/", -1).length - 1;
		}
		Matcher references = CASE_REFERENCE.matcher(body);
		long found = 0;
		while (references.find()) {
			found++;
		}
		return found;
	}

	/** The application's FieldEncryption, SealedDetails and PersonKeys, by reflection (package-private). */
	void openApplicationCrypto(String keyset) throws Exception {
		Class<?> settingsType = Class.forName("org.safercommunities.crypto.CryptoSettings");
		Constructor<?> settings = settingsType.getDeclaredConstructor(String.class, Path.class, boolean.class);
		settings.setAccessible(true);
		Constructor<FieldEncryption> crypto = FieldEncryption.class.getDeclaredConstructor(settingsType);
		crypto.setAccessible(true);
		encryption = crypto.newInstance(settings.newInstance(keyset, null, false));
		Class<?> sealedType = Class.forName("org.safercommunities.people.SealedDetails");
		Constructor<?> sealedConstructor = sealedType.getDeclaredConstructor(FieldEncryption.class);
		sealedConstructor.setAccessible(true);
		sealed = sealedConstructor.newInstance(encryption);
		open = sealedType.getDeclaredMethod("open", String.class);
		open.setAccessible(true);
		Class<?> keys = Class.forName("org.safercommunities.people.PersonKeys");
		keysOf = keys.getDeclaredMethod("of", PersonDetails.class);
		keysOf.setAccessible(true);
		nameKey = keys.getDeclaredMethod("name", String.class);
		nameKey.setAccessible(true);
	}

	static void count(Connection db, String where, List<Object> params) throws Exception {
		drain(db, String.format(COUNT, where), params);
	}

	static void drain(Connection db, String sql, List<Object> params) throws Exception {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < params.size(); i++) {
				statement.setObject(i + 1, params.get(i));
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					rows.getObject(1);
				}
			}
		}
	}

	static List<Long> longs(Connection db, String sql, Object... params) throws Exception {
		List<Long> values = new ArrayList<>();
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				statement.setObject(i + 1, params[i]);
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					values.add(rows.getLong(1));
				}
			}
		}
		return values;
	}

	static List<String> strings(Connection db, String sql, Object... params) throws Exception {
		List<String> values = new ArrayList<>();
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < params.length; i++) {
				statement.setObject(i + 1, params[i]);
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					values.add(rows.getString(1));
				}
			}
		}
		return values;
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

	/** The percentile by nearest rank; 100 is the maximum. */
	static double p(List<Double> times, double percentile) {
		List<Double> sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}

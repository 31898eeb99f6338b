import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.postgresql.PGConnection;
import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.people.Address;
import org.safercommunities.people.PersonDetails;

/**
 * Case-work data for bench/casework-load.sh (never run by the test suite): PEOPLE people, CASES cases and
 * TIMELINE timeline entries written by COPY straight into the tables of a throw-away PostgreSQL database that the
 * application has already migrated (so the ward table is loaded).
 * <p>
 * Personal data is sealed and blind-indexed by the application's own code, reached by reflection from its
 * classes on the class path (they are package-private on purpose): {@code FieldEncryption} built from the same
 * keyset the running application was given, {@code SealedDetails.seal} for a person's details and
 * {@code PersonKeys.of} for the normalised look-up values, each hashed as {@code PeopleService.digest} does
 * ({@code pseudonym(kind + ":" + value)}). So a name typed into the case list or a probe of the match suggestions
 * finds these people exactly as it would find people recorded through the pages; the benchmark checks it does.
 * <p>
 * Distribution: given and family names drawn from common UK names with a skewed (Zipf-like) weight, so common
 * names have hundreds of holders and matching has real candidates; dates of birth 1940 to 2010 (85%), mobiles
 * (60%), e-mail (25%), a Barnet-shaped postcode (70%) from about 40,000; cases over the last five years in the
 * real Barnet wards and the real case types, 30% open, 10% under review, 60% closed, owned by four officers in
 * each of three organisations (council 70%, police 20%, victim service 10%; 1 in 10 of the others' cases shared
 * with the council, half of those locked), one to four parties (the first a victim), a risk assessment for 70%.
 * Arguments: JDBC URL, cases, people, timeline entries, the e-mail of the signed-in officer (their organisation is
 * the council's). The keyset is read from SAFER_CRYPTO_KEYSET.
 */
public class CaseworkData {

	static final String[] GIVEN = { "Oliver", "George", "Harry", "Jack", "Jacob", "Noah", "Charlie", "Muhammad",
			"Thomas", "Oscar", "William", "James", "Leo", "Alfie", "Henry", "Joshua", "Freddie", "Archie", "Ethan",
			"Isaac", "Alexander", "Joseph", "Edward", "Samuel", "Max", "Daniel", "Arthur", "Lucas", "Mohammed", "Logan",
			"David", "John", "Michael", "Paul", "Mark", "Peter", "Richard", "Andrew", "Christopher", "Robert", "Olivia",
			"Amelia", "Isla", "Ava", "Emily", "Isabella", "Mia", "Poppy", "Ella", "Lily", "Sophie", "Grace", "Sophia",
			"Evie", "Charlotte", "Jessica", "Ruby", "Chloe", "Daisy", "Alice", "Freya", "Florence", "Sarah", "Emma",
			"Hannah", "Laura", "Rachel", "Rebecca", "Fatima", "Aisha", "Priya", "Anjali", "Zara", "Maryam", "Susan",
			"Margaret", "Elizabeth", "Patricia", "Helen", "Karen" };

	static final String[] FAMILY = { "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson",
			"Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes",
			"Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper",
			"Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James",
			"Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell",
			"Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox",
			"Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum", "Wilkinson",
			"Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell",
			"Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell", "Barker",
			"Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey", "Cohen", "Levy", "Shah", "Ahmed", "Kaur" };

	static final String[] DISTRICTS = { "N2", "N3", "N10", "N11", "N12", "N14", "N20", "NW4", "NW7", "NW9", "NW11",
			"EN4", "EN5", "HA8" };

	static final String LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

	static final String[] ROLES = { "VICTIM", "WITNESS", "ALLEGED_PERPETRATOR", "OTHER" };

	static final String[] KINDS = { "NOTE", "NOTE", "NOTE", "STATUS", "PARTY", "RISK", "ACTION", "REVIEW", "SHARE",
			"LINK", "VICTIMS_CODE", "DOCUMENT" };

	static final String[] SOURCES = { "REPORT", "PHONE", "EMAIL", "MEMBER_ENQUIRY", "OFFICER" };

	static final String[] OUTCOMES = { "RESOLVED", "NO_FURTHER_ACTION", "VICTIM_DISENGAGED", "MOVED_AWAY",
			"ENFORCEMENT_TAKEN", "REFERRED_ON", "OTHER" };

	static final String[] LEVELS = { "STANDARD", "STANDARD", "STANDARD", "MEDIUM", "MEDIUM", "HIGH" };

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	final Random random = new Random(42);

	final double[] givenWeights = zipf(GIVEN.length);

	final double[] familyWeights = zipf(FAMILY.length);

	FieldEncryption encryption;

	Object sealedDetails;

	Method seal;

	Method keysOf;

	public static void main(String[] args) throws Exception {
		new CaseworkData().run(args[0], Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
				args[4]);
	}

	void run(String url, int cases, int people, int timeline, String officerEmail) throws Exception {
		openApplicationCrypto(System.getenv("SAFER_CRYPTO_KEYSET"));
		try (Connection db = DriverManager.getConnection(url)) {
			db.setAutoCommit(false);
			long council = single(db, "select organisation_id from staff_user where email = '" + officerEmail + "'");
			long signedIn = single(db, "select id from staff_user where email = '" + officerEmail + "'");
			String hash = text(db, "select password_hash from staff_user where id = " + signedIn);
			long police = organisation(db, "Barnet Police (bench)", "barnet-police-bench", "POLICE");
			long victims = organisation(db, "Victim Support (bench)", "victim-support-bench", "VICTIM_SERVICE");
			long[] organisations = { council, police, victims };
			long[][] officers = new long[3][4];
			String[][] officerNames = new String[3][4];
			for (int o = 0; o < 3; o++) {
				for (int i = 0; i < 4; i++) {
					String name = pick(GIVEN, givenWeights) + " " + pick(FAMILY, familyWeights);
					officerNames[o][i] = name;
					officers[o][i] = o == 0 && i == 0 ? signedIn
							: officer(db, "officer" + o + "-" + i + "@bench.example.org", name, organisations[o], hash);
				}
			}
			execute(db, "update staff_user set display_name = '" + officerNames[0][0] + "' where id = " + signedIn);
			List<String> wards = texts(db, "select code from ward order by code");
			List<String> types = texts(db, "select code from case_type where active order by display_order");
			if (wards.isEmpty() || types.isEmpty()) {
				throw new IllegalStateException("no wards or case types: start the application on this database first");
			}
			db.commit();

			long started = System.nanoTime();
			writePeople(db, people);
			report("people", people, started);
			started = System.nanoTime();
			int parties = writeCases(db, cases, people, organisations, officers, officerNames, wards, types);
			report("cases", cases, started);
			System.out.printf("  %,d parties (each also a person involvement)%n", parties);
			started = System.nanoTime();
			writeTimeline(db, cases, timeline);
			report("timeline entries", timeline, started);
			for (String table : List.of("person", "person_involvement", "case_file", "case_party", "case_share",
					"case_timeline_entry", "case_risk_assessment")) {
				execute(db, "select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table + "))");
			}
			execute(db, "select setval('case_file_reference_seq', " + (cases + 1) + ")");
			db.commit();
			db.setAutoCommit(true);
			started = System.nanoTime();
			execute(db, "analyze");
			System.out.printf("analyze: %.1f s%n", (System.nanoTime() - started) / 1e9);
		}
	}

	/** The application's FieldEncryption, SealedDetails and PersonKeys, by reflection (package-private). */
	void openApplicationCrypto(String keyset) throws Exception {
		if (keyset == null || keyset.isBlank()) {
			throw new IllegalStateException("SAFER_CRYPTO_KEYSET is not set");
		}
		Class<?> settingsType = Class.forName("org.safercommunities.crypto.CryptoSettings");
		Constructor<?> settings = settingsType.getDeclaredConstructor(String.class, Path.class, boolean.class);
		settings.setAccessible(true);
		Constructor<FieldEncryption> crypto = FieldEncryption.class.getDeclaredConstructor(settingsType);
		crypto.setAccessible(true);
		encryption = crypto.newInstance(settings.newInstance(keyset, null, false));
		Class<?> sealedType = Class.forName("org.safercommunities.people.SealedDetails");
		Constructor<?> sealedConstructor = sealedType.getDeclaredConstructor(FieldEncryption.class);
		sealedConstructor.setAccessible(true);
		sealedDetails = sealedConstructor.newInstance(encryption);
		seal = sealedType.getDeclaredMethod("seal", PersonDetails.class);
		seal.setAccessible(true);
		keysOf = Class.forName("org.safercommunities.people.PersonKeys").getDeclaredMethod("of", PersonDetails.class);
		keysOf.setAccessible(true);
	}

	void writePeople(Connection db, int people) throws Exception {
		Instant created = Instant.parse("2021-12-01T09:00:00Z");
		Copy person = new Copy("person (id, sealed_details, created_at, updated_at, version)");
		Copy lookup = new Copy("person_lookup (person_id, kind, digest)");
		for (int id = 1; id <= people; id++) {
			PersonDetails details = person();
			person.row(id, seal.invoke(sealedDetails, details), created, created, 0);
			@SuppressWarnings("unchecked")
			Map<Enum<?>, Set<String>> keys = (Map<Enum<?>, Set<String>>) keysOf.invoke(null, details);
			for (Map.Entry<Enum<?>, Set<String>> kind : keys.entrySet()) {
				for (String value : kind.getValue()) {
					lookup.row(id, kind.getKey().name(), encryption.pseudonym(kind.getKey().name() + ":" + value));
				}
			}
		}
		Copy.load(db, person, lookup);
	}

	PersonDetails person() {
		String given = pick(GIVEN, givenWeights);
		String family = pick(FAMILY, familyWeights);
		LocalDate born = random.nextDouble() < 0.85 ? LocalDate.of(1940, 1, 1).plusDays(random.nextInt(70 * 365)) : null;
		String phone = random.nextDouble() < 0.6 ? String.format("07%03d %06d", 700 + random.nextInt(300), random.nextInt(1_000_000))
				: null;
		String email = random.nextDouble() < 0.25
				? given.toLowerCase() + "." + family.toLowerCase() + random.nextInt(1000) + "@example.org" : null;
		List<Address> addresses = random.nextDouble() < 0.7
				? List.of(new Address((1 + random.nextInt(200)) + " High Road", null, "London", postcode())) : List.of();
		List<String> aliases = random.nextDouble() < 0.05 ? List.of(pick(GIVEN, givenWeights) + " " + family) : List.of();
		return new PersonDetails(given, family, aliases, born, addresses, phone, email, Map.of(), Set.of(), null, null);
	}

	/** One of about 40,000 postcodes shaped like Barnet's (N3 1AB), so a postcode has about ten people. */
	String postcode() {
		return DISTRICTS[random.nextInt(DISTRICTS.length)] + " " + (1 + random.nextInt(9))
				+ LETTERS.charAt(random.nextInt(LETTERS.length())) + LETTERS.charAt(random.nextInt(LETTERS.length()));
	}

	int writeCases(Connection db, int cases, int people, long[] organisations, long[][] officers,
			String[][] officerNames, List<String> wards, List<String> types) throws Exception {
		int parties = 0;
		long shares = 0;
		long assessments = 0;
		double[] typeWeights = zipf(types.size());
		Copy file = new Copy("case_file (id, reference, type_code, title, account, status, opened_on, source, "
				+ "place_description, ward_code, owning_organisation_id, owner_user_id, owner_name, outcome, "
				+ "closure_reason, closed_on, opened_at, version)");
		Copy party = new Copy("case_party (id, case_id, person_id, role, added_at)");
		Copy involvement = new Copy("person_involvement (id, person_id, module, record_type, record_id, role, "
						+ "occurred_on, same_occasion, recorded_at)");
		Copy share = new Copy("case_share (id, case_id, organisation_id, level, shared_by, shared_at, reason)");
		Copy risk = new Copy("case_risk_assessment (id, case_id, assessed_at, assessed_by_user_id, "
						+ "assessed_by_name, score, scored_level, risk_level)");
		for (int id = 1; id <= cases; id++) {
			// Oldest first, so ids and opening times rise together as they do in service.
			LocalDate openedOn = TODAY.minusDays((long) (5 * 365) * (cases - id) / cases);
			Instant openedAt = openedOn.atTime(8 + random.nextInt(10), random.nextInt(60)).toInstant(ZoneOffset.UTC);
			double draw = random.nextDouble();
			int o = draw < 0.7 ? 0 : draw < 0.9 ? 1 : 2;
			int officer = random.nextInt(4);
			double statusDraw = random.nextDouble();
			String status = statusDraw < 0.3 ? "OPEN" : statusDraw < 0.4 ? "UNDER_REVIEW" : "CLOSED";
			boolean closed = status.equals("CLOSED");
			LocalDate closedOn = closed ? min(TODAY, openedOn.plusDays(7 + random.nextInt(120))) : null;
			String ward = random.nextDouble() < 0.9 ? wards.get(random.nextInt(wards.size())) : null;
			file.row(id, "C-" + openedOn.getYear() + "-" + String.format("%06d", id), pickFrom(types, typeWeights),
					"Bench case " + id, encryption.encrypt("What happened in case " + id + ", as the victim told it."),
					status, openedOn, SOURCES[random.nextInt(SOURCES.length)],
					encryption.encrypt("Outside " + (1 + random.nextInt(200)) + " High Road"), ward, organisations[o],
					officers[o][officer], encryption.encrypt(officerNames[o][officer]),
					closed ? OUTCOMES[random.nextInt(OUTCOMES.length)] : null,
					closed ? encryption.encrypt("Closed after contact with the victim") : null, closedOn, openedAt, 0);
			int count = 1 + (int) Math.floor(Math.pow(random.nextDouble(), 2) * 4);
			for (int p = 0; p < count; p++) {
				// A few people are in many cases (repeat victims), most in one or none.
				long personId = 1 + (long) (Math.pow(random.nextDouble(), 1.6) * people);
				String role = p == 0 ? "VICTIM" : ROLES[1 + random.nextInt(3)];
				if (party.seen(id + "/" + personId + "/" + role)) {
					continue;
				}
				parties++;
				party.row(parties, id, personId, role, openedAt);
				involvement.row(parties, personId, "cases", "case_file", id, role, openedOn, false, openedAt);
			}
			if (o != 0 && random.nextDouble() < 0.1) {
				shares++;
				share.row(shares, id, organisations[0], random.nextBoolean() ? "WHOLE" : "LOCKED", officers[o][officer],
						openedAt, encryption.encrypt("Joint working with the council"));
			}
			if (random.nextDouble() < 0.7) {
				assessments++;
				String level = LEVELS[random.nextInt(LEVELS.length)];
				risk.row(assessments, id, openedAt, officers[o][officer], officerNames[o][officer],
						level.equals("HIGH") ? 22 : level.equals("MEDIUM") ? 12 : 4, level, level);
			}
			party.forgetSeen();
		}
		Copy.load(db, file, party, involvement, share, risk);
		return parties;
	}

	void writeTimeline(Connection db, int cases, int timeline) throws Exception {
		Copy entry = new Copy("case_timeline_entry (id, case_id, kind, summary, recorded_by, recorded_at)");
		Instant now = TODAY.atStartOfDay().toInstant(ZoneOffset.UTC);
		for (int id = 1; id <= timeline; id++) {
			// One "opened" per case, the rest spread over the cases and their lives.
			boolean opened = id <= cases;
			int caseId = opened ? id : 1 + random.nextInt(cases);
			LocalDate openedOn = TODAY.minusDays((long) (5 * 365) * (cases - caseId) / cases);
			Instant at = openedOn.atTime(9, 0).toInstant(ZoneOffset.UTC);
			if (!opened) {
				long span = Math.max(1, now.getEpochSecond() - at.getEpochSecond());
				at = at.plusSeconds((long) (random.nextDouble() * Math.min(span, 180L * 86_400)));
			}
			String kind = opened ? "OPENED" : KINDS[random.nextInt(KINDS.length)];
			entry.row(id, caseId, kind, encryption.encrypt(kind + ": spoke to the victim about case " + caseId), 1, at);
		}
		Copy.load(db, entry);
	}

	long organisation(Connection db, String name, String slug, String type) throws Exception {
		return single(db, "insert into organisation (name, slug, type, active, created_at) values ('" + name + "', '"
				+ slug + "', '" + type + "', true, now()) returning id");
	}

	long officer(Connection db, String email, String name, long organisation, String hash) throws Exception {
		long id = single(db, "insert into staff_user (email, display_name, organisation_id, password_hash, "
				+ "must_change_password, enabled, created_at) values ('" + email + "', '" + name + "', " + organisation
				+ ", '" + hash + "', false, true, now()) returning id");
		execute(db, "insert into staff_user_role (staff_user_id, role) values (" + id + ", 'OFFICER')");
		return id;
	}

	/** Weights 1/rank^0.9: the first names are drawn several times as often as the last. */
	static double[] zipf(int n) {
		double[] cumulative = new double[n];
		double sum = 0;
		for (int i = 0; i < n; i++) {
			sum += 1 / Math.pow(i + 1, 0.9);
			cumulative[i] = sum;
		}
		for (int i = 0; i < n; i++) {
			cumulative[i] /= sum;
		}
		return cumulative;
	}

	String pick(String[] values, double[] cumulative) {
		return values[index(cumulative)];
	}

	String pickFrom(List<String> values, double[] cumulative) {
		return values.get(index(cumulative));
	}

	int index(double[] cumulative) {
		double draw = random.nextDouble();
		for (int i = 0; i < cumulative.length; i++) {
			if (draw <= cumulative[i]) {
				return i;
			}
		}
		return cumulative.length - 1;
	}

	static LocalDate min(LocalDate one, LocalDate other) {
		return one.isBefore(other) ? one : other;
	}

	static void report(String what, int rows, long started) {
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("%,d %s in %.1f s (%,.0f a second)%n", rows, what, seconds, rows / seconds);
	}

	static long single(Connection db, String sql) throws Exception {
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static String text(Connection db, String sql) throws Exception {
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	static List<String> texts(Connection db, String sql) throws Exception {
		List<String> values = new ArrayList<>();
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				values.add(rs.getString(1));
			}
		}
		return values;
	}

	static void execute(Connection db, String sql) throws Exception {
		try (Statement statement = db.createStatement()) {
			statement.execute(sql);
		}
	}

	/**
	 * Rows for one table, spooled to a temporary file and then sent with one COPY … FROM STDIN (text format): a
	 * connection runs one COPY at a time, and a table's rows must follow those their foreign keys point at, so
	 * the files are loaded in that order. Every value here is generated (Base64, digests, codes, dates, plain
	 * words), so none holds a tab, a newline or a backslash; null is written as \N.
	 */
	static final class Copy {

		final String table;

		final Path file;

		final java.io.Writer out;

		final Set<String> seen = new java.util.HashSet<>();

		Copy(String table) throws IOException {
			this.table = table;
			this.file = java.nio.file.Files.createTempFile("casework-bench", ".tsv");
			this.out = java.nio.file.Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8);
		}

		void row(Object... values) throws IOException {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					out.write('\t');
				}
				out.write(values[i] == null ? "\\N" : values[i].toString());
			}
			out.write('\n');
		}

		/** Whether this key was already written for the current case (a person drawn twice in one role). */
		boolean seen(String key) {
			return !seen.add(key);
		}

		void forgetSeen() {
			seen.clear();
		}

		static void load(Connection db, Copy... copies) throws Exception {
			for (Copy copy : copies) {
				copy.out.close();
				try (java.io.InputStream in = java.nio.file.Files.newInputStream(copy.file)) {
					db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + copy.table + " from stdin", in, 1 << 20);
				}
				java.nio.file.Files.delete(copy.file);
			}
			db.commit();
		}

	}

}

package org.safercommunities.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.safercommunities.centres.CentreDetails;
import org.safercommunities.centres.CentreManagement;
import org.safercommunities.centres.CentreResponsibilities;
import org.safercommunities.centres.CompletedTraining;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.safercommunities.referrals.ReceivingServices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Deny by default (DESIGN section 2, "Access"): {@code src/test/resources/security/staff-access.csv} gives the
 * expected answer for every {@code /staff} endpoint, for every role, and for a record of the user's own
 * organisation and of another. This test fails for an endpoint missing from the table or a row whose endpoint
 * is gone, then walks the whole table over HTTP as signed-in users of each role (all in organisation A) and
 * lists every answer that differs from the table. {@code allow} means anything but a 403, a trip to the
 * sign-in page or a server error (a 404 for a made-up id, a 400 or a form shown again with errors are fine);
 * {@code deny} means 403; {@code own} means allowed for the record of organisation A and refused for the record
 * of organisation B. Every refusal must be in the audit log. Rows with a record kind ({@code report},
 * {@code return}, {@code centre}, {@code organisation}, {@code user}, {@code directory-entry}) are walked twice,
 * with a real record of A and of B; the others use a made-up id for any other placeholder.
 * <p>
 * Requests run in table order and some change their record (a report classified, an account disabled then
 * enabled); the bodies in the {@code params} column are chosen so each request reaches the access checks.
 * Other {@code @IntegrationTest}s share the database, so everything here is created fresh.
 */
@IntegrationTest
class StaffAccessTableTests {

	static final String TABLE = "/security/staff-access.csv";

	/**
	 * Record kinds whose rule hides that a record exists (RecordRule.hidingExistence): a record-level refusal
	 * answers 404, like a record that does not exist, and is audited like any refusal.
	 */
	private static final Set<String> HIDING_KINDS = Set.of("case", "referral");

	/** An id no record has: an allowed role gets 404, a refused one 403. */
	static final long MADE_UP = 999_999_999L;

	static final String INDICATOR = "police-hate-crime";

	static final ZoneId UK = ZoneId.of("Europe/London");

	static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

	enum Scope {

		NONE, OWN, OTHER

	}

	record Row(long line, String method, String path, String record, String params, Map<Role, String> expected,
			String note) {

		String endpoint() {
			return method + " " + path;
		}

		List<Scope> scopes() {
			return record.isEmpty() ? List.of(Scope.NONE) : List.of(Scope.OWN, Scope.OTHER);
		}

		boolean allows(Role role, Scope scope) {
			String cell = expected.get(role);
			return switch (cell) {
				case "allow" -> true;
				case "deny" -> false;
				case "own" -> scope == Scope.OWN;
				default -> throw new IllegalStateException(TABLE + " line " + line + ": " + cell);
			};
		}

	}

	record Refusal(long userId, String reason, String described) {
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	TestData data;

	@Autowired
	CentreManagement centres;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReceivingServices receivingServices;

	@Test
	void theTableListsEveryStaffEndpointAndNothingElse() throws IOException {
		Set<String> mapped = staffEndpoints();
		List<Row> rows = table();
		Set<String> listed = new TreeSet<>();
		Set<String> twice = new TreeSet<>();
		rows.forEach(row -> {
			if (!listed.add(row.endpoint())) {
				twice.add(row.endpoint());
			}
		});
		Set<String> missing = new TreeSet<>(mapped);
		missing.removeAll(listed);
		Set<String> gone = new TreeSet<>(listed);
		gone.removeAll(mapped);

		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(missing).as("/staff endpoints missing from " + TABLE + " (add a row with every role's answer)")
			.isEmpty();
		softly.assertThat(gone).as("rows of " + TABLE + " whose endpoint no longer exists").isEmpty();
		softly.assertThat(twice).as("endpoints listed twice in " + TABLE).isEmpty();
		softly.assertThat(mapped).as("staff endpoints found").hasSizeGreaterThan(50);
		softly.assertAll();
	}

	/**
	 * Every handler under /staff declares its rule where it is written: {@code @PreAuthorize} on the method or its
	 * controller (record-level checks come on top, in the module's services), so none relies on the URL rules alone.
	 */
	@Test
	void everyStaffHandlerDeclaresItsRule() {
		Set<String> undeclared = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			boolean staff = info.getPatternValues().stream()
				.anyMatch(pattern -> pattern.equals("/staff") || pattern.startsWith("/staff/"));
			if (staff && !AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
					&& !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class)) {
				undeclared.add(info.getPatternValues() + " " + handler.getBeanType().getSimpleName() + "."
						+ handler.getMethod().getName());
			}
		});
		assertThat(undeclared).as("/staff handlers without @PreAuthorize on the method or the controller").isEmpty();
	}

	@Test
	void everyRoleGetsTheAnswerTheTableGivesAndEveryRefusalIsAudited() throws Exception {
		World world = new World();
		List<Refusal> refusals = new ArrayList<>();
		SoftAssertions softly = new SoftAssertions();
		int requests = 0;
		for (Row row : table()) {
			for (Role role : Role.values()) {
				for (Scope scope : row.scopes()) {
					requests++;
					boolean allowed = row.allows(role, scope);
					String path = world.path(row, scope);
					String described = row.endpoint() + " as " + role + (scope == Scope.NONE ? ""
							: " on a " + row.record() + " of " + (scope == Scope.OWN ? "their OWN" : "ANOTHER")
									+ " organisation")
							+ " (" + row.method() + " " + path + ", table line " + row.line() + ")";
					MockHttpServletResponse response;
					try {
						MvcResult result = mvc.perform(world.requestFor(row, path, role)).andReturn();
						response = result.getResponse();
					}
					catch (Exception | AssertionError failure) {
						softly.fail(described + ": expected " + (allowed ? "allow" : "deny") + ", the request failed: "
								+ failure);
						continue;
					}
					int status = response.getStatus();
					String redirect = response.getRedirectedUrl();
					String seen = status + (redirect == null ? "" : " to " + redirect);
					if (allowed) {
						boolean toSignIn = redirect != null && redirect.replaceFirst("^https?://[^/]+", "").startsWith("/login");
						softly.assertThat(status != 403 && !toSignIn && status < 500)
							.as(described + ": expected allow, saw " + seen)
							.isTrue();
					}
					else if (HIDING_KINDS.contains(row.record())) {
						softly.assertThat(status).as(described + ": expected deny (403, or 404 for a record the rule hides), saw "
								+ seen).isIn(403, 404);
					}
					else {
						softly.assertThat(status).as(described + ": expected deny (403), saw " + seen).isEqualTo(403);
					}
					if (status == 403 || (!allowed && status == 404)) {
						refusals.add(new Refusal(world.users.get(role).getId(), row.method() + " " + path, described));
					}
				}
			}
		}
		assertThat(requests).as("requests made").isGreaterThan(500);

		// Every 403 above wrote ACCESS_REFUSED for that user and that address (AuditedAccessDenied): the request
		// line alone for a role refusal, followed by the reason's name for a record RecordAccess refused.
		Set<String> audited = new HashSet<>(jdbc.sql("""
				select actor_user_id, reason from audit_entry where action = 'ACCESS_REFUSED' and actor_user_id in (:ids)""")
			.param("ids", world.users.values().stream().map(StaffUser::getId).toList())
			.query((rs, n) -> rs.getLong(1) + " " + rs.getString(2).replaceFirst(" \\([A-Z_]+\\)$", ""))
			.list());
		for (Refusal refusal : refusals) {
			softly.assertThat(audited).as("an ACCESS_REFUSED audit entry for " + refusal.described())
				.contains(refusal.userId() + " " + refusal.reason());
		}
		softly.assertThat(refusals).as("refusals seen").hasSizeGreaterThan(100);
		// One refusal by the URL rules (the audit log is for administrators) and one by a record-level check
		// (a centre worker and another centre's report), each found the way an administrator would look for it.
		softly.assertThat(jdbc.sql("""
				select count(*) from audit_entry where action = 'ACCESS_REFUSED' and actor_user_id = ? and reason = ?""")
			.params(world.users.get(Role.OFFICER).getId(), "GET /staff/audit").query(Long.class).single())
			.as("URL-level refusal of GET /staff/audit to an officer, audited").isPositive();
		softly.assertThat(jdbc.sql("""
				select count(*) from audit_entry where action = 'ACCESS_REFUSED' and actor_user_id = ?
				and record_type = 'hate_report' and record_id = ? and reason = ?""")
			.params(world.users.get(Role.CENTRE_WORKER).getId(), String.valueOf(world.reportB),
					"GET /staff/reports/" + world.reportB + " (OTHER_ORGANISATION)")
			.query(Long.class).single())
			.as("record-level refusal of another centre's report to a centre worker, audited").isPositive();
		softly.assertAll();
	}

	/** Organisations A and B, each a reporting centre with a report and a return, and one user of every role in A. */
	class World {

		final Organisation organisationA = data.anOrganisation();

		final Organisation organisationB = data.anOrganisation();

		final Map<Role, StaffUser> users = new EnumMap<>(Role.class);

		final Map<Role, Cookie> sessions = new EnumMap<>(Role.class);

		final Cookie workerB;

		final long reportA;

		final long reportB;

		final long spareReport;

		final long returnA;

		final long returnB;

		/** A case of organisation A (opened by its officer) and one of organisation B. */
		final long caseA;

		final long caseB;

		/** A referral from case A to organisation A itself (so A is both sender and receiver), and one in B. */
		final long referralA;

		final long referralB;

		/** Accounts the administrator's rows change (roles, disabled, password), so no signed-in user is touched. */
		final StaffUser userA;

		final StaffUser userB;

		World() throws Exception {
			centre(organisationA);
			centre(organisationB);
			for (Role role : Role.values()) {
				StaffUser user = data.aStaffUser(role, organisationA);
				users.put(role, user);
				sessions.put(role, SignIn.as(mvc, user.getEmail()));
			}
			workerB = SignIn.as(mvc, data.aStaffUser(Role.CENTRE_WORKER, organisationB).getEmail());
			userA = data.aStaffUser(Role.PARTNER, organisationA);
			userB = data.aStaffUser(Role.PARTNER, organisationB);
			reportA = report(sessions.get(Role.CENTRE_WORKER), organisationA);
			reportB = report(workerB, organisationB);
			spareReport = report(workerB, organisationB);
			shareWithPolice(reportA);
			shareWithPolice(reportB);
			YearMonth lastMonth = YearMonth.now(UK).minusMonths(1);
			returnA = sendReturn(sessions.get(Role.CENTRE_WORKER), lastMonth);
			returnB = sendReturn(workerB, lastMonth);
			caseA = openCase(sessions.get(Role.OFFICER));
			Cookie officerB = SignIn.as(mvc, data.aStaffUser(Role.OFFICER, organisationB).getEmail());
			caseB = openCase(officerB);
			referralA = refer(sessions.get(Role.OFFICER), caseA, organisationA);
			referralB = refer(officerB, caseB, organisationB);
		}

		String path(Row row, Scope scope) {
			Matcher matcher = PLACEHOLDER.matcher(row.path());
			StringBuilder path = new StringBuilder();
			while (matcher.find()) {
				String name = matcher.group(1);
				String value = "code".equals(name) ? INDICATOR
						: "id".equals(name) && scope != Scope.NONE ? String.valueOf(record(row.record(), scope))
								: String.valueOf(MADE_UP);
				matcher.appendReplacement(path, Matcher.quoteReplacement(value));
			}
			matcher.appendTail(path);
			return path.toString();
		}

		long record(String kind, Scope scope) {
			boolean own = scope == Scope.OWN;
			return switch (kind) {
				case "report" -> own ? reportA : reportB;
				case "return" -> own ? returnA : returnB;
				case "centre", "organisation" -> own ? organisationA.getId() : organisationB.getId();
				case "user" -> own ? userA.getId() : userB.getId();
				case "directory-entry" -> listing(own ? organisationA : organisationB);
				case "case" -> own ? caseA : caseB;
				case "referral" -> own ? referralA : referralB;
				default -> throw new IllegalStateException("No " + kind + " records in the test data: add them to World");
			};
		}

		MockHttpServletRequestBuilder requestFor(Row row, String path, Role role) {
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders
				.request(HttpMethod.valueOf(row.method()), path)
				.cookie(sessions.get(role));
			if (!row.params().isEmpty()) {
				for (String pair : row.params().split("&")) {
					String[] parts = pair.split("=", 2);
					request.param(parts[0], parts.length < 2 ? "" : parts[1]
						.replace("{own-org}", String.valueOf(organisationA.getId()))
						.replace("{spare-report}", String.valueOf(spareReport)));
				}
			}
			if (!"GET".equals(row.method())) {
				request.with(csrf());
			}
			return request;
		}

		/** A reporting centre's directory entry, kept in step with the centre (directory CentreListings). */
		private long listing(Organisation centre) {
			return jdbc.sql("select id from directory_entry where organisation_id = ?").param(centre.getId())
				.query(Long.class).single();
		}

		private void centre(Organisation organisation) {
			LocalDate today = LocalDate.now(UK);
			centres.seedAsSystem(organisation.getId(),
					new CentreDetails("Hendon Library, The Burroughs, Hendon", "NW4 4BQ", "E05013643",
							"Monday to Friday 9am to 5pm", List.of("en"), "Step-free access", true, true,
							"020 8359 2000", "centre@test.example", List.of("DISABILITY")),
					new CentreResponsibilities("Lee Lead", TestData.unique("lead") + "@test.example", true,
							today.plusMonths(6), "Sade Safeguarding"),
					List.of(new CompletedTraining("Hate Crime Lead", "Hate crime awareness", today.minusMonths(2))),
					YearMonth.from(today).minusMonths(3).atDay(1));
		}

		/** A report taken at the worker's centre, with consent to share with the police (anonymously). */
		/** A referral from a case with consent, to the given organisation (listed as a receiving service first). */
		private long refer(Cookie officer, long caseId, Organisation to) throws Exception {
			receivingServices.saveAsSystem(to.getId(), "Support", 2, false, true, List.of(), true);
			MvcResult result = mvc.perform(post("/staff/referrals/from-case/" + caseId).with(csrf())
				.cookie(officer)
				.param("receivingOrganisationId", String.valueOf(to.getId()))
				.param("basis", "CONSENT")
				.param("consent", "GIVEN")
				.param("summary", "Needs support")).andReturn();
			String target = result.getResponse().getRedirectedUrl();
			assertThat(target).as(result.getResponse().getContentAsString()).startsWith("/staff/referrals/");
			return Long.parseLong(target.substring("/staff/referrals/".length()));
		}

		/** A case taken by phone, opened as the given officer for their organisation. */
		private long openCase(Cookie officer) throws Exception {
			MvcResult result = mvc.perform(post("/staff/cases").with(csrf())
				.cookie(officer)
				.param("typeCode", "ASB_NUISANCE")
				.param("title", "Noise from a flat")
				.param("source", "PHONE")).andReturn();
			String target = result.getResponse().getRedirectedUrl();
			assertThat(target).as(result.getResponse().getContentAsString()).startsWith("/staff/cases/");
			return Long.parseLong(target.substring("/staff/cases/".length()));
		}

		private long report(Cookie worker, Organisation centre) throws Exception {
			MvcResult result = mvc.perform(post("/staff/assisted-report").with(csrf())
				.cookie(worker)
				.param("channel", "IN_PERSON")
				.param("emergency", "NO")
				.param("reporterRole", "VICTIM")
				.param("incidentTypes", "VERBAL_ABUSE")
				.param("whatHappened", "Shouted at in the street about her headscarf.")
				.param("whenKind", "ONGOING")
				.param("locationDescription", "High Street")
				.param("wardCode", "E05013643")
				.param("happenedBefore", "NO")
				.param("strands", "RELIGION")
				.param("policeConsent", "YES")
				.param("giveDetails", "NO")
				.param("supportWanted", "NO")).andReturn();
			assertThat(result.getResponse().getRedirectedUrl()).as(result.getResponse().getContentAsString())
				.isEqualTo("/staff/assisted-report/done");
			return jdbc.sql("select max(id) from hate_report where centre_organisation_id = ?").param(centre.getId())
				.query(Long.class).single();
		}

		private void shareWithPolice(long report) throws Exception {
			assertThat(mvc.perform(post("/staff/reports/" + report + "/share").with(csrf()).cookie(sessions.get(Role.OFFICER)))
				.andReturn().getResponse().getRedirectedUrl()).as("report shared with the police")
				.isEqualTo("/staff/reports/" + report);
		}

		private long sendReturn(Cookie worker, YearMonth month) throws Exception {
			MvcResult result = mvc.perform(post("/staff/returns").with(csrf())
				.cookie(worker)
				.param("month", month.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)))
				.param("outside[CHANNEL.PAPER]", "1")).andReturn();
			String redirect = result.getResponse().getRedirectedUrl();
			assertThat(redirect).as(result.getResponse().getContentAsString()).startsWith("/staff/returns/");
			return Long.parseLong(redirect.substring("/staff/returns/".length()));
		}

	}

	/** Every handler under /staff as "METHOD pattern"; a mapping without a method answers GET. */
	Set<String> staffEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/staff") || pattern.startsWith("/staff/")) {
					for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
						endpoints.add(method.name() + " " + pattern);
					}
				}
			}
		}
		return endpoints;
	}

	static List<Row> table() throws IOException {
		try (InputStream in = StaffAccessTableTests.class.getResourceAsStream(TABLE)) {
			assertThat(in).as(TABLE).isNotNull();
			try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(in, StandardCharsets.UTF_8)) {
				List<Row> rows = new ArrayList<>();
				for (NamedCsvRecord record : reader) {
					Map<Role, String> expected = new LinkedHashMap<>();
					for (Role role : Role.values()) {
						String cell = record.findField(role.name()).orElseThrow(
								() -> new IllegalStateException(TABLE + " has no column " + role)).strip();
						assertThat(cell).as(TABLE + " line " + record.getStartingLineNumber() + " " + role)
							.isIn("allow", "deny", "own");
						expected.put(role, cell);
					}
					String kind = record.getField("record").strip();
					if (kind.isEmpty()) {
						assertThat(expected.values()).as(TABLE + " line " + record.getStartingLineNumber()
								+ ": 'own' needs a record kind").doesNotContain("own");
					}
					rows.add(new Row(record.getStartingLineNumber(), record.getField("method").strip(),
							record.getField("path").strip(), kind, record.getField("params").strip(), expected,
							record.getField("note")));
				}
				return rows;
			}
		}
	}

}

package org.safercommunities.security;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.safercommunities.audit.AuditTrail;
import org.safercommunities.audit.ShowsPersonalData;
import org.safercommunities.cases.CaseTestData;
import org.safercommunities.feedback.FeedbackTestData;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.referrals.ReceivingServices;
import org.safercommunities.reporting.ReportTestData;
import org.safercommunities.security.StaffAccessTableTests.Row;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.UkDates;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.PdfChecks;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every read of personal data is audited (DESIGN section 2): a staff page or export that shows personal data is
 * marked {@link ShowsPersonalData} on its handler, and this guard, like {@link StaffAccessTableTests}, walks every
 * {@code GET /staff} endpoint of {@code staff-access.csv} as a role the table allows, against seeded records: a named
 * reporter whose report became a case (with the reporter as its victim, a referral, a CS MARAC referral heard at a
 * meeting) and who answered the feedback survey, named in the free text too (the referral's reason, the hearing's
 * notes, the survey comment) as accounts name people. It fails when a marked page answered without an audit entry by that user for the
 * request, when a marked page could not be read against a seeded record (seed one in {@link World}), and when an
 * unmarked page, PDF, CSV or JSON shows the seeded person's family name or e-mail address. The check itself
 * ({@link Check}) is proved on fixtures: a deliberately unaudited handler is caught both ways.
 */
@IntegrationTest
class PersonalDataReadAuditTests {

	/** The roles tried for each row, first allowed first: those who read personal data in their work. */
	static final List<Role> PREFERRED = List.of(Role.OFFICER, Role.ADMIN, Role.COORDINATOR, Role.POLICE,
			Role.CENTRE_WORKER, Role.PARTNER, Role.ANALYST, Role.BOARD);

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportTestData reports;

	@Autowired
	ReceivingServices receivingServices;

	@Autowired
	ApplicationContext context;

	@Autowired
	AuditTrail audit;

	/** What one request showed and wrote. */
	record Read(String endpoint, boolean marked, int status, boolean showsPerson, long auditEntries, String how) {
	}

	/** The rule, apart from the requests, so it can be shown to catch a bad handler on a fixture. */
	static final class Check {

		private Check() {
		}

		static List<String> findings(List<Read> reads) {
			List<String> findings = new ArrayList<>();
			for (Read read : reads) {
				if (read.marked() && read.status() != 200) {
					findings.add(read.endpoint() + " is marked @ShowsPersonalData but answered " + read.status()
							+ " against the seeded record (" + read.how() + "): seed its record kind in World");
				}
				else if (read.marked() && read.auditEntries() == 0) {
					findings.add(read.endpoint() + " shows personal data and wrote no audit entry (" + read.how() + ")");
				}
				if (!read.marked() && read.showsPerson()) {
					findings.add(read.endpoint() + " shows the seeded person's name or e-mail address but its handler"
							+ " is not marked @ShowsPersonalData (" + read.how() + ")");
				}
			}
			return findings;
		}

	}

	@Test
	void everyPageShowingAPersonIsMarkedAndEveryMarkedPageIsAuditedWhenRead() throws Exception {
		World world = new World();
		Map<String, ShowsPersonalData> markers = markers();
		assertThat(markers).as("handlers marked @ShowsPersonalData").hasSizeGreaterThan(10);
		List<Read> reads = new ArrayList<>();
		Set<String> walked = new TreeSet<>();
		for (Row row : StaffAccessTableTests.table()) {
			if (!"GET".equals(row.method())) {
				continue;
			}
			Optional<Role> role = PREFERRED.stream().filter(candidate -> !"deny".equals(row.expected().get(candidate)))
				.findFirst();
			ShowsPersonalData marker = markers.get(row.endpoint());
			if (role.isEmpty()) {
				assertThat(marker).as(row.endpoint() + " is marked but no role may read it").isNull();
				continue;
			}
			walked.add(row.endpoint());
			String path = world.path(row, marker);
			String how = "GET " + path + " as " + role.get() + ", table line " + row.line();
			long before = lastAuditEntry();
			MockHttpServletResponse response;
			try {
				response = mvc.perform(world.request(row, path, role.get())).andReturn().getResponse();
			}
			catch (Exception | AssertionError failure) {
				reads.add(new Read(row.endpoint(), marker != null, 500, false, 0, how + ": " + failure));
				continue;
			}
			long written = jdbc.sql("select count(*) from audit_entry where id > ? and actor_user_id = ? "
					+ "and action <> 'ACCESS_REFUSED'")
				.params(before, world.users.get(role.get()).getId())
				.query(Long.class)
				.single();
			reads.add(new Read(row.endpoint(), marker != null, response.getStatus(), world.showsPerson(response),
					written, how));
		}
		assertThat(walked).as("GET /staff endpoints walked").hasSizeGreaterThan(100);
		assertThat(walked).as("every marked handler is a GET /staff endpoint of the table").containsAll(markers.keySet());
		assertThat(reads).filteredOn(Read::showsPerson).as("pages that showed the seeded person").hasSizeGreaterThan(8);
		assertThat(Check.findings(reads)).as("pages showing personal data, unmarked or unaudited").isEmpty();
	}

	/** The check on two deliberately bad handlers and a good one, outside the application: each bad one is caught. */
	@Test
	void theCheckCatchesAHandlerThatShowsAPersonWithoutAnAuditEntryOrAMarker() throws Exception {
		MockMvc fixtures = MockMvcBuilders.standaloneSetup(new FixturePages(audit)).build();
		List<Read> reads = new ArrayList<>();
		for (String page : List.of("unaudited", "unmarked", "audited")) {
			long before = lastAuditEntry();
			MockHttpServletResponse response = fixtures.perform(get("/fixture/" + page + "/42")).andReturn().getResponse();
			long written = jdbc.sql("select count(*) from audit_entry where id > ? and record_type = 'fixture'")
				.param(before).query(Long.class).single();
			boolean marked = FixturePages.class.getDeclaredMethod(page, long.class)
				.isAnnotationPresent(ShowsPersonalData.class);
			reads.add(new Read("GET /fixture/" + page + "/{id}", marked, response.getStatus(),
					response.getContentAsString().contains(FixturePages.SEEDED), written, "fixture"));
		}
		List<String> findings = Check.findings(reads);
		assertThat(findings).hasSize(2);
		assertThat(findings.get(0)).startsWith("GET /fixture/unaudited/{id} shows personal data and wrote no audit entry");
		assertThat(findings.get(1)).startsWith("GET /fixture/unmarked/{id} shows the seeded person's name")
			.contains("not marked @ShowsPersonalData");
		assertThat(Check.findings(List.of(new Read("GET /x", true, 404, false, 0, "fixture")))).singleElement()
			.asString().contains("answered 404");
	}

	/**
	 * Handlers that show a person: one marked and unaudited, one unmarked, one marked and audited. The application
	 * never maps them (a test class's nested classes are left out of component scanning; the walk above fails if a
	 * marked handler outside /staff were mapped).
	 */
	@Controller
	static class FixturePages {

		static final String SEEDED = "Fixturewell";

		private final AuditTrail audit;

		FixturePages(AuditTrail audit) {
			this.audit = audit;
		}

		@ShowsPersonalData("fixture")
		@GetMapping("/fixture/unaudited/{id}")
		@ResponseBody
		String unaudited(@PathVariable long id) {
			return "<p>Ada " + SEEDED + "</p>";
		}

		@GetMapping("/fixture/unmarked/{id}")
		@ResponseBody
		String unmarked(@PathVariable long id) {
			audit.record("FIXTURE_READ", "fixture", id, "fixture");
			return "<p>Ada " + SEEDED + "</p>";
		}

		@ShowsPersonalData("fixture")
		@GetMapping("/fixture/audited/{id}")
		@ResponseBody
		String audited(@PathVariable long id) {
			audit.record("FIXTURE_READ", "fixture", id, "fixture");
			return "<p>Ada " + SEEDED + "</p>";
		}

	}

	private long lastAuditEntry() {
		return jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
	}

	/** Every handler marked @ShowsPersonalData, as "GET pattern". */
	private Map<String, ShowsPersonalData> markers() {
		Map<String, ShowsPersonalData> markers = new LinkedHashMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			ShowsPersonalData marker = entry.getValue().getMethodAnnotation(ShowsPersonalData.class);
			if (marker != null) {
				entry.getKey().getPatternValues().forEach(pattern -> markers.put("GET " + pattern, marker));
			}
		}
		return markers;
	}

	/**
	 * One organisation, a signed-in user of every role in it, and a named reporter (family name and e-mail address
	 * found nowhere else) whose online report became their organisation's case with them as victim, referred to a
	 * receiving service and to the CS MARAC, and whose feedback survey they answered.
	 */
	class World {

		final Organisation organisation = data.anOrganisation();

		final Map<Role, StaffUser> users = new EnumMap<>(Role.class);

		final Map<Role, Cookie> sessions = new EnumMap<>(Role.class);

		final String family = "Auditwell" + letters(TestData.unique(""));

		final String email = family.toLowerCase(java.util.Locale.ROOT) + "@test.example";

		final Map<String, Long> records = new LinkedHashMap<>();

		World() throws Exception {
			for (Role role : Role.values()) {
				StaffUser user = data.aStaffUser(role, organisation);
				users.put(role, user);
				sessions.put(role, SignIn.as(mvc, user.getEmail()));
			}
			Cookie officer = sessions.get(Role.OFFICER);
			ReportTestData.Sent report = reports.aReport().with("giveDetails", "YES").with("name", "Wyn " + family)
				.with("email", email).with("phone", "07700 900491").with("safeToContact", "YES")
				.with("contactMethods", "PHONE").send();
			records.put("hate_report", report.id());
			long caseId = CaseTestData.openFrom(mvc, officer, report.id(), true);
			records.put("case_file", caseId);
			records.put("person", jdbc.sql("select person_id from case_party where case_id = ? and role = 'VICTIM'")
				.param(caseId).query(Long.class).single());
			receivingServices.saveAsSystem(organisation.getId(), "Support", 2, false, true, List.of(), true);
			MvcResult referred = mvc.perform(post("/staff/referrals/from-case/" + caseId).with(csrf()).cookie(officer)
				.param("receivingOrganisationId", String.valueOf(organisation.getId())).param("basis", "CONSENT")
				.param("consent", "GIVEN").param("summary", "Needs support"))
				.andReturn();
			String target = referred.getResponse().getRedirectedUrl();
			assertThat(target).as(referred.getResponse().getContentAsString()).startsWith("/staff/referrals/");
			records.put("referral", Long.parseLong(target.substring("/staff/referrals/".length())));
			MvcResult marac = mvc.perform(post("/staff/cases/" + caseId + "/marac-referral").with(csrf()).cookie(officer)
				.param("criteria", "REPEAT_VICTIM").param("reason", "Third incident this year for Wyn " + family)).andReturn();
			assertThat(marac.getResponse().getRedirectedUrl()).as(marac.getResponse().getContentAsString()).isNotNull();
			records.put("marac_referral", jdbc.sql("select max(id) from marac_referral where case_id = ?").param(caseId)
				.query(Long.class).single());
			hearing(officer);
			String link = FeedbackTestData.from(context).surveyLinkFor(report.id());
			MvcResult answered = mvc.perform(post(link).with(csrf()).param("listenedTo", "YES").param("keptInformed", "NO")
				.param("support", "YES").param("reportAgain", "YES").param("quoteConsent", "NO")
				.param("comment", "Thank you from Wyn " + family)).andReturn();
			assertThat(answered.getResponse().getRedirectedUrl()).isEqualTo("/feedback/thank-you");
			records.put("feedback_response", jdbc.sql("select r.id from feedback_response r join feedback_invitation i "
					+ "on i.id = r.invitation_id where i.report_id = ?").param(report.id()).query(Long.class).single());
		}

		/**
		 * A CS MARAC meeting far ahead (no other test's meeting shares its day), attended by the organisation, at
		 * which the referral is heard, with notes naming the person, as minutes do.
		 */
		private void hearing(Cookie officer) throws Exception {
			LocalDate on = LocalDate.now().plusDays(3000 + ThreadLocalRandom.current().nextInt(20000));
			assertThat(mvc.perform(post("/staff/marac/schedule").with(csrf()).cookie(officer).param("firstOn", UkDates.day(on))
				.param("count", "1")).andReturn().getResponse().getStatus()).isEqualTo(302);
			long meeting = jdbc.sql("select max(id) from marac_meeting where held_on = ?").param(on).query(Long.class).single();
			records.put("marac_meeting", meeting);
			assertThat(mvc.perform(post("/staff/marac/meetings/" + meeting + "/attendance").with(csrf()).cookie(officer)
				.param("chair", "DI Shah").param("organisations", String.valueOf(organisation.getId()))).andReturn()
				.getResponse().getStatus()).isEqualTo(302);
			assertThat(mvc.perform(post("/staff/marac/meetings/" + meeting + "/agenda").with(csrf()).cookie(officer)
				.param("referralId", String.valueOf(records.get("marac_referral")))).andReturn().getResponse().getStatus())
				.isEqualTo(302);
			long hearing = jdbc.sql("select id from marac_hearing where meeting_id = ? and referral_id = ?")
				.params(meeting, records.get("marac_referral")).query(Long.class).single();
			records.put("marac_hearing", hearing);
			assertThat(mvc.perform(post("/staff/marac/meetings/" + meeting + "/hearings/" + hearing + "/notes").with(csrf())
				.cookie(officer).param("notes", "Wyn " + family + " has moved to a safe address")).andReturn().getResponse()
				.getStatus()).isEqualTo(302);
		}

		/** The row's path with its record's id: the marker's kind first, then the table's record column. */
		String path(Row row, ShowsPersonalData marker) {
			Matcher matcher = StaffAccessTableTests.PLACEHOLDER.matcher(row.path());
			StringBuilder path = new StringBuilder();
			while (matcher.find()) {
				String name = matcher.group(1);
				Long id = null;
				if (marker != null && name.equals(marker.idVariable())) {
					id = records.get(marker.value());
				}
				else if ("hearingId".equals(name)) {
					id = records.get("marac_hearing");
				}
				else if ("id".equals(name) && row.path().startsWith("/staff/marac/meetings/")) {
					id = records.get("marac_meeting");
				}
				else if ("id".equals(name)) {
					id = records.get(tableKind(row.record()));
				}
				String value = "code".equals(name) ? StaffAccessTableTests.INDICATOR
						: String.valueOf(id == null ? StaffAccessTableTests.MADE_UP : id);
				matcher.appendReplacement(path, Matcher.quoteReplacement(value));
			}
			matcher.appendTail(path);
			return path.toString();
		}

		private String tableKind(String kind) {
			return switch (kind) {
				case "report" -> "hate_report";
				case "case" -> "case_file";
				case "referral" -> "referral";
				default -> kind;
			};
		}

		MockHttpServletRequestBuilder request(Row row, String path, Role role) {
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.GET, path)
				.cookie(sessions.get(role));
			if (!row.params().isEmpty()) {
				for (String pair : row.params().split("&")) {
					String[] parts = pair.split("=", 2);
					request.param(parts[0], parts.length < 2 ? "" : parts[1]
						.replace("{own-org}", String.valueOf(organisation.getId()))
						.replace("{spare-report}", String.valueOf(records.get("hate_report"))));
				}
			}
			return request;
		}

		/** Whether the answer (a page, JSON, CSV or a PDF's text) shows the seeded person's family name or e-mail. */
		boolean showsPerson(MockHttpServletResponse response) throws Exception {
			String type = response.getContentType() == null ? "" : response.getContentType();
			String text;
			if (type.startsWith("application/pdf")) {
				text = PdfChecks.text(response.getContentAsByteArray());
			}
			else if (type.startsWith("text/") || type.contains("json") || type.contains("csv")) {
				text = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
			}
			else {
				return false;
			}
			return text.contains(family) || text.toLowerCase(java.util.Locale.ROOT).contains(email);
		}

	}

	private static String letters(String unique) {
		StringBuilder letters = new StringBuilder();
		for (char c : unique.toCharArray()) {
			letters.append(Character.isDigit(c) ? (char) ('a' + (c - '0')) : Character.isLetter(c) ? Character.toLowerCase(c) : "");
		}
		return letters.toString();
	}

}

package org.safercommunities.security;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.condition.NameValueExpression;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Issue 18's hostile input: every endpoint Spring MVC maps (found from its own mappings, so a new controller is
 * covered without a line here) gets seeded hostile values in every path variable, request parameter and form
 * property its handler declares (or leaves it out): public ones anonymously, staff ones as an administrator, as an
 * officer and as someone holding every other role. However odd the input, the answer is a page or a clear 4xx,
 * never a 5xx, and never the script echoed as markup; afterwards no page shows a stored one. Then wrong content
 * types, a 70 MB body and uploads with hostile file names.
 * <p>
 * No endpoint is skipped: path variables are mostly hostile or {@code 1}, so a destructive action finds nothing
 * of anyone else's, and a request that ends the session (signing out) just means signing in afresh.
 * <p>
 * {@code -Dsafer.hostile.tries=N} sets the tries per endpoint and role, {@code -Dsafer.hostile.seed=S} replays a run.
 */
@IntegrationTest
class HostileInputIntegrationTests {

	private static final long SEED = Long.getLong("safer.hostile.seed", 18_2026L);

	private static final int TRIES = Integer.getInteger("safer.hostile.tries", 2);

	/** Markup that is the payload itself, not an escaped echo of it. */
	private static final List<String> UNESCAPED = List.of(HostileInputs.SCRIPT, "onerror=alert(1)>");

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	private static final HostileInputs inputs = new HostileInputs(SEED);

	private static final Set<String> endpointsTried = new TreeSet<>();

	private static int requestsSent;

	/** How the hostile requests were answered, by status and role, printed at the end. */
	private static final Map<String, Integer> answers = new java.util.TreeMap<>();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final List<String> failures = new ArrayList<>();

	private final Map<Staff, Cookie> sessions = new LinkedHashMap<>();

	@BeforeAll
	static void announce() {
		System.out.println("Hostile input seed " + SEED + ", " + TRIES + " tries per endpoint and role");
	}

	@AfterAll
	static void report() {
		System.out.println("Hostile inputs tried: " + inputs.produced() + " across " + endpointsTried.size()
				+ " endpoints in " + requestsSent + " requests (seed " + SEED + ")");
		System.out.println("Answered: " + answers);
	}

	/** Who sends the staff requests: the brief's administrator and officer, and someone with every other role. */
	enum Staff {

		ADMIN(Role.ADMIN), OFFICER(Role.OFFICER), EVERY_OTHER_ROLE(Role.CENTRE_WORKER, Role.COORDINATOR, Role.POLICE,
				Role.PARTNER, Role.ANALYST, Role.BOARD);

		final Role[] roles;

		Staff(Role... roles) {
			this.roles = roles;
		}

	}

	/** One mapped method and path, and what its handler reads from the request. */
	record Endpoint(HttpMethod method, String pattern, Map<String, String> fixedParams, Set<String> params,
			Set<String> files) {

		boolean staff() {
			return pattern.startsWith("/staff");
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}
	}

	@Test
	void everyEndpointAnswersHostileValuesWithAPageOrA4xx() throws Exception {
		List<Endpoint> endpoints = endpoints();
		assertThat(endpoints).as("endpoints found").hasSizeGreaterThan(200);
		for (Endpoint endpoint : endpoints) {
			List<Staff> roles = endpoint.staff() ? List.of(Staff.values()) : java.util.Collections.singletonList(null);
			for (Staff role : roles) {
				for (int attempt = 0; attempt < TRIES; attempt++) {
					send(endpoint, role);
				}
			}
			endpointsTried.add(endpoint.toString());
		}
		storedValuesAreNeverShownAsMarkup(endpoints);
		assertThat(failures).as("seed %d: hostile requests answered with a 5xx or an unescaped script", SEED)
			.isEmpty();
	}

	@Test
	void wrongContentTypesAreRefusedOrIgnoredNeverAFailure() throws Exception {
		for (Endpoint endpoint : endpoints()) {
			if (endpoint.method() == HttpMethod.GET) {
				continue;
			}
			Staff role = endpoint.staff() ? Staff.ADMIN : null;
			URI uri = uri(endpoint, false);
			check(endpoint, role, "JSON body", request(endpoint.method(), uri).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + HostileInputs.SCRIPT + "\",\"id\":99999999999999999999}"));
			check(endpoint, role, "XML body", request(endpoint.method(), uri).contentType(MediaType.APPLICATION_XML)
				.content("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"));
			check(endpoint, role, "text as multipart",
					request(endpoint.method(), uri).contentType("multipart/form-data; boundary=xyz")
						.content("not a multipart body at all"));
			check(endpoint, role, "multipart without a boundary",
					request(endpoint.method(), uri).contentType("multipart/form-data").content("--\r\n"));
			endpointsTried.add(endpoint.toString());
		}
		assertThat(failures).as("wrong content types").isEmpty();
	}

	@Test
	void aHugeBodyToAPublicAddressIsRefusedWithA4xx() throws Exception {
		byte[] huge = new byte[70 * 1024 * 1024]; // made once, sent to every public POST
		java.util.Arrays.fill(huge, (byte) 'a');
		int sent = 0;
		for (Endpoint endpoint : endpoints()) {
			if (endpoint.staff() || endpoint.method() == HttpMethod.GET) {
				continue;
			}
			check(endpoint, null, "70 MB body", request(endpoint.method(), uri(endpoint, false))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(huge));
			if (!endpoint.files().isEmpty()) {
				check(endpoint, null, "70 MB multipart body", request(endpoint.method(), uri(endpoint, false))
					.contentType("multipart/form-data; boundary=xyz").content(huge));
			}
			sent++;
		}
		assertThat(sent).as("public POST addresses").isPositive();
		assertThat(failures).as("70 MB bodies").isEmpty();
	}

	@Test
	void uploadsWithHostileFileNamesAreRefusedOrStoredSafely() throws Exception {
		List<Endpoint> uploads = endpoints().stream().filter(endpoint -> !endpoint.files().isEmpty()).toList();
		assertThat(uploads).as("upload endpoints (MultipartFile parameters or form properties)").isNotEmpty();
		for (Endpoint endpoint : uploads) {
			// Analysts import police files, officers add case documents.
			List<Staff> roles = endpoint.staff() ? List.of(Staff.values()) : java.util.Collections.singletonList(null);
			for (Staff role : roles) {
				for (int attempt = 0; attempt < TRIES * 4; attempt++) {
					send(endpoint, role);
				}
			}
			endpointsTried.add(endpoint.toString());
		}
		assertThat(failures).as("hostile file names").isEmpty();
	}

	// Sending and checking

	private void send(Endpoint endpoint, Staff role) throws Exception {
		boolean hostilePath = inputs.nextInt(2) == 0;
		URI uri = uri(endpoint, hostilePath);
		AbstractMockHttpServletRequestBuilder<?> request;
		StringBuilder described = new StringBuilder(uri.toString());
		if (!endpoint.files().isEmpty()) {
			MockMultipartHttpServletRequestBuilder upload = multipart(endpoint.method(), uri);
			for (String file : endpoint.files()) {
				String name = inputs.fileName();
				described.append(" file ").append(file).append('=').append(quoted(name));
				upload.file(new MockMultipartFile(file, name, hostileContentType(),
						inputs.next().getBytes(StandardCharsets.UTF_8)));
			}
			request = upload;
		}
		else {
			request = request(endpoint.method(), uri);
		}
		endpoint.fixedParams().forEach(request::param);
		String longOne = inputs.nextInt(4) == 0 && !endpoint.params().isEmpty()
				? List.copyOf(endpoint.params()).get(inputs.nextInt(endpoint.params().size())) : null;
		for (String param : endpoint.params()) {
			if (inputs.nextInt(6) == 0) {
				described.append(' ').append(param).append(" missing");
				continue; // a field left out altogether, as a hand-made request can
			}
			String value = param.equals(longOne) ? inputs.nextLong() : inputs.next();
			request.param(param, value);
			described.append(' ').append(param).append('=').append(quoted(value));
		}
		check(endpoint, role, described.toString(), request);
	}

	private void check(Endpoint endpoint, Staff role, String described, AbstractMockHttpServletRequestBuilder<?> request)
			throws Exception {
		if (endpoint.method() != HttpMethod.GET) {
			request.with(csrf());
		}
		if (role != null) {
			request.cookie(session(role));
		}
		requestsSent++;
		String who = role == null ? "anyone" : role.name();
		try {
			MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
			answers.merge(who + " " + response.getStatus(), 1, Integer::sum);
			if (role != null && "/login".equals(response.getRedirectedUrl())) {
				sessions.remove(role); // a hostile request ended it (signing out, say): sign in afresh
			}
			if (response.getStatus() >= 500) {
				failures.add(failure(endpoint, who, described, "status " + response.getStatus()));
			}
			String type = response.getContentType();
			if (type != null && type.contains("html")) {
				String body = response.getContentAsString();
				UNESCAPED.stream().filter(body::contains)
					.forEach(markup -> failures.add(failure(endpoint, who, described, "echoed " + markup)));
			}
		}
		catch (Exception | StackOverflowError ex) {
			Throwable cause = ex;
			while (cause.getCause() != null && cause.getCause() != cause) {
				cause = cause.getCause();
			}
			failures.add(failure(endpoint, who, described, "exception (a 500) " + cause));
		}
	}

	private static String failure(Endpoint endpoint, String who, String described, String what) {
		String request = described.length() > 600 ? described.substring(0, 600) + "..." : described;
		return endpoint + " as " + who + ": " + what + " for " + request + " (seed " + SEED + ")";
	}

	/** The values as Java would write them, so NUL, surrogates and RTL overrides are visible in the report. */
	private static String quoted(String value) {
		StringBuilder out = new StringBuilder("\"");
		String shown = value.length() > 80 ? value.substring(0, 80) + "...(" + value.length() + " chars)" : value;
		for (char c : shown.toCharArray()) {
			out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04X", (int) c) : String.valueOf(c));
		}
		return out.append('"').toString();
	}

	private String hostileContentType() {
		List<String> types = List.of("application/pdf", "image/png", "text/html", "application/x-msdownload",
				"text/csv", "x/\u0000", "");
		return types.get(inputs.nextInt(types.size()));
	}

	/** The endpoint's path with each variable a hostile value or an ordinary id. */
	private URI uri(Endpoint endpoint, boolean hostile) {
		Matcher variables = VARIABLE.matcher(endpoint.pattern().replace("/**", "/x"));
		StringBuilder path = new StringBuilder();
		while (variables.find()) {
			String value = hostile ? inputs.next() : "1";
			if (value.length() > 2_000) {
				value = value.substring(0, 2_000);
			}
			variables.appendReplacement(path,
					Matcher.quoteReplacement(UriUtils.encodePathSegment(value, StandardCharsets.UTF_8)));
		}
		variables.appendTail(path);
		return URI.create(path.toString());
	}

	/** A signed-in session for the role, as someone new whenever a hostile request ended the last. */
	private Cookie session(Staff role) throws Exception {
		Cookie session = sessions.get(role);
		if (session == null) {
			Role[] more = java.util.Arrays.copyOfRange(role.roles, 1, role.roles.length);
			session = SignIn.as(mvc, data.aStaffUser(data.anOrganisation(), role.roles[0], more).getEmail());
			sessions.put(role, session);
		}
		return session;
	}

	/** After all that, no page shows a stored payload as markup. */
	private void storedValuesAreNeverShownAsMarkup(List<Endpoint> endpoints) throws Exception {
		for (Endpoint endpoint : endpoints) {
			if (endpoint.method() == HttpMethod.GET && !endpoint.pattern().contains("{")) {
				check(endpoint, endpoint.staff() ? Staff.ADMIN : null, "stored values", get(endpoint.pattern()));
			}
		}
	}

	// Discovery

	private List<Endpoint> endpoints() {
		Map<String, Endpoint> found = new LinkedHashMap<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
				for (String pattern : info.getPatternValues()) {
					Endpoint endpoint = endpoint(HttpMethod.valueOf(method.name()), pattern, info, handler);
					found.putIfAbsent(endpoint.toString() + " " + endpoint.fixedParams(), endpoint);
				}
			}
		});
		// In a fixed order, so that a seed replays the same values into the same fields.
		return found.values().stream().sorted(java.util.Comparator.comparing(Endpoint::toString)
			.thenComparing(endpoint -> endpoint.fixedParams().toString())).toList();
	}

	private static Endpoint endpoint(HttpMethod method, String pattern, RequestMappingInfo info,
			HandlerMethod handler) {
		Map<String, String> fixed = new LinkedHashMap<>();
		for (NameValueExpression<String> expression : info.getParamsCondition().getExpressions()) {
			if (!expression.isNegated()) {
				fixed.put(expression.getName(), expression.getValue() == null ? "1" : expression.getValue());
			}
		}
		Set<String> params = new TreeSet<>();
		Set<String> files = new TreeSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			Class<?> type = parameter.getParameterType();
			if (parameter.hasParameterAnnotation(PathVariable.class)) {
				continue;
			}
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (requestParam != null || (BeanUtils.isSimpleProperty(type) && parameter.getParameterAnnotations().length == 0)) {
				String name = requestParam != null && !requestParam.name().isEmpty() ? requestParam.name()
						: parameter.getParameterName();
				if (name != null && !Map.class.isAssignableFrom(type)) {
					(isFile(ResolvableType.forMethodParameter(parameter)) ? files : params).add(name);
				}
			}
			else if (parameter.hasParameterAnnotation(ModelAttribute.class) || isFormObject(parameter)) {
				formProperties(type, params, files);
			}
		}
		params.removeAll(fixed.keySet());
		return new Endpoint(method, pattern, fixed, params, files);
	}

	/** An argument of the application's own type with no annotation is a form Spring binds from the request. */
	private static boolean isFormObject(MethodParameter parameter) {
		return parameter.getParameterAnnotations().length == 0
				&& parameter.getParameterType().getName().startsWith("org.safercommunities.");
	}

	private static void formProperties(Class<?> type, Collection<String> params, Collection<String> files) {
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				(isFile(ResolvableType.forType(component.getGenericType())) ? files : params)
					.add(component.getName());
			}
			return;
		}
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() != null) {
				ResolvableType propertyType = ResolvableType.forMethodParameter(property.getWriteMethod(), 0);
				(isFile(propertyType) ? files : params).add(property.getName());
			}
		}
	}

	private static boolean isFile(ResolvableType type) {
		Class<?> raw = type.resolve(Object.class);
		if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
			ResolvableType element = raw.isArray() ? type.getComponentType() : type.asCollection().getGeneric(0);
			return MultipartFile.class.isAssignableFrom(element.resolve(Object.class));
		}
		return MultipartFile.class.isAssignableFrom(raw);
	}

}

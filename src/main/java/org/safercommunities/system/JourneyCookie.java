package org.safercommunities.system;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Names one person's way through the public report without a server session: a random 256-bit identifier in an
 * HttpOnly cookie that lives only as long as the browser (and is sent only to {@code /report}). The report module
 * keys its encrypted draft by a keyed hash of it and the security module derives the journey's CSRF token from it,
 * so a page of the report costs no session read or write and any instance can serve the next page.
 */
@Component
public class JourneyCookie {

	public static final String NAME = "SAFER_JOURNEY";

	/** The public journey that keeps no server session. */
	public static final String PATH = "/report";

	private static final String STARTED = JourneyCookie.class.getName() + ".started";

	private static final String WRITTEN = JourneyCookie.class.getName() + ".written";

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final boolean secure;

	JourneyCookie(@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
		this.secure = secure;
	}

	/** Whether the request is on the journey's pages. */
	public boolean covers(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(PATH) || path.startsWith(PATH + "/");
	}

	/** The journey this request belongs to: one started by this very request, else the browser's cookie. */
	public Optional<String> id(HttpServletRequest request) {
		if (request.getAttribute(STARTED) instanceof String started) {
			return Optional.of(started);
		}
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (NAME.equals(cookie.getName()) && WELL_FORMED.matcher(cookie.getValue()).matches()) {
				return Optional.of(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	/** The request's journey, or a new one whose cookie {@link #writeIfStarted} then sends. */
	public String idOrStart(HttpServletRequest request) {
		return id(request).orElseGet(() -> {
			byte[] bytes = new byte[32];
			RANDOM.nextBytes(bytes);
			String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			request.setAttribute(STARTED, id);
			return id;
		});
	}

	/** Sends the cookie of a journey this request started, once; nothing for one the browser already has. */
	public void writeIfStarted(HttpServletRequest request, HttpServletResponse response) {
		if (request.getAttribute(STARTED) instanceof String started && request.getAttribute(WRITTEN) == null
				&& !response.isCommitted()) {
			response.addHeader("Set-Cookie", cookie(started, -1).toString());
			request.setAttribute(WRITTEN, true);
		}
	}

	/** Ends the journey in the browser: after sending, the next report starts afresh. */
	public void end(HttpServletRequest request, HttpServletResponse response) {
		request.removeAttribute(STARTED);
		response.addHeader("Set-Cookie", cookie("", 0).toString());
	}

	private ResponseCookie cookie(String value, long maxAgeSeconds) {
		return ResponseCookie.from(NAME, value).path(PATH).httpOnly(true).secure(secure).sameSite("Lax")
			.maxAge(maxAgeSeconds).build();
	}

}

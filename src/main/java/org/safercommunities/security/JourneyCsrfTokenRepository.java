package org.safercommunities.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.system.JourneyCookie;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens without a server session on the public report: the token is a keyed hash (HMAC under the
 * application's key) of the journey's cookie, so only this service can make it, it fits that one journey, and any
 * instance can check it. Everywhere else (staff pages, follow-up, sign-in) the token lives in the session as before.
 * Spring Security still masks the token on every page (BREACH), whichever repository holds it.
 */
class JourneyCsrfTokenRepository implements CsrfTokenRepository {

	private static final String HEADER = "X-CSRF-TOKEN";

	private static final String PARAMETER = "_csrf";

	private final CsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	private final JourneyCookie journeys;

	private final FieldEncryption keys;

	JourneyCsrfTokenRepository(JourneyCookie journeys, FieldEncryption keys) {
		this.journeys = journeys;
		this.keys = keys;
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		if (!journeys.covers(request)) {
			return sessions.generateToken(request);
		}
		return tokenOf(journeys.idOrStart(request));
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (!journeys.covers(request)) {
			sessions.saveToken(token, request, response);
		}
		else if (token != null) {
			journeys.writeIfStarted(request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		if (!journeys.covers(request)) {
			return sessions.loadToken(request);
		}
		return journeys.id(request).map(this::tokenOf).orElse(null);
	}

	private CsrfToken tokenOf(String journey) {
		return new DefaultCsrfToken(HEADER, PARAMETER, keys.pseudonym("csrf/" + journey));
	}

}

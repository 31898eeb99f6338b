package org.safercommunities.system;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A strict Content-Security-Policy with a fresh nonce per request: no inline script or style runs unless
 * the server wrote it with this nonce. Templates read the nonce as {@code ${cspNonce}}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContentSecurityPolicyFilter extends OncePerRequestFilter {

	static final String NONCE_ATTRIBUTE = "cspNonce";

	/**
	 * One generator of its own per thread (DRBG, seeded from the system): the default NativePRNG is one locked
	 * source however many instances there are, and under load request threads queued on its lock
	 * (bench/README.md "Report load: where the time goes").
	 */
	private final ThreadLocal<SecureRandom> random = ThreadLocal.withInitial(ContentSecurityPolicyFilter::generator);

	private static SecureRandom generator() {
		try {
			return SecureRandom.getInstance("DRBG");
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			return new SecureRandom();
		}
	}

	private final String imageSources;

	ContentSecurityPolicyFilter(MapSettings maps) {
		String tiles = maps.tilesOrigin();
		this.imageSources = "'self' data:" + (tiles == null ? "" : " " + tiles);
	}

	String imageSources() {
		return imageSources;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String nonce = newNonce();
		request.setAttribute(NONCE_ATTRIBUTE, nonce);
		response.setHeader("Content-Security-Policy", policy(nonce, imageSources));
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	static String policy(String nonce, String imageSources) {
		return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self'; img-src " + imageSources + "; "
				+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
				+ "frame-ancestors 'none'";
	}

	private String newNonce() {
		byte[] bytes = new byte[18];
		random.get().nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

}

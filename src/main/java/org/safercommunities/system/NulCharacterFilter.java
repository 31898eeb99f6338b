package org.safercommunities.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No person types a NUL character, and PostgreSQL refuses to store one in text (a failure deep in a save, a 500),
 * so a request whose address, parameter names or values hold one is refused with 400 before anything reads it.
 * Runs after {@link RequestBodyLimitFilter}, as reading the parameters reads the body. Multipart bodies are left to
 * the upload checks: reading their parameters here would parse the parts before the upload limits apply.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class NulCharacterFilter extends OncePerRequestFilter {

	private static final char NUL = '\u0000';

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (hasNul(request)) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean hasNul(HttpServletRequest request) {
		if (encodedOrRaw(request.getRequestURI()) || encodedOrRaw(request.getQueryString())) {
			return true;
		}
		String type = request.getContentType();
		if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
			return false;
		}
		return request.getParameterMap().entrySet().stream().anyMatch(parameter -> contains(parameter.getKey())
				|| java.util.Arrays.stream(parameter.getValue()).anyMatch(NulCharacterFilter::contains));
	}

	private static boolean contains(String text) {
		return text != null && text.indexOf(NUL) >= 0;
	}

	/** The address as sent, where a NUL may still be percent-encoded. */
	private static boolean encodedOrRaw(String text) {
		return contains(text) || (text != null && text.contains("%00"));
	}

}

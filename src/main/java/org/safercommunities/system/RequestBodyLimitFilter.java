package org.safercommunities.system;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The multipart limits are set for analysts' police files (hundreds of megabytes). Only two kinds of address may
 * receive a body that large: staff pages (signed in) and the report's evidence step, which the reporting module
 * holds to its own evidence limit. Every other page takes typed answers only, so a body over
 * {@code safer.web.public-body-limit} (64 KB) is refused with 413 and a page that says why, before anything reads
 * it; a body of unknown length (chunked, which browsers never send for a form) is refused with 411.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimitFilter extends OncePerRequestFilter {

	/** Addresses whose bodies are limited elsewhere. */
	private static final List<String> LARGE_BODY_PATHS = List.of("/staff/", "/report/evidence");

	private final long limit;

	RequestBodyLimitFilter(WebSettings settings) {
		this.limit = settings.publicBodyLimit().toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return LARGE_BODY_PATHS.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > limit) {
			response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
			return;
		}
		if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
			response.sendError(HttpStatus.LENGTH_REQUIRED.value());
			return;
		}
		chain.doFilter(request, response);
	}

}

package org.safercommunities.system;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks each request in a Java Flight Recording (an event with the method and the page, numbers taken out), so
 * a profile can be split by page type: bench/JfrProfile.java gives every CPU sample to the request its thread was
 * working on. Without a recording running the event is disabled and costs a few nanoseconds. Only the method and
 * the path are kept: never a query string, a form field or anything a person typed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestProfilingFilter extends OncePerRequestFilter {

	private static final Pattern NUMBERS = Pattern.compile("/[0-9]+(?=/|$)");

	@Name("org.safercommunities.Request")
	@Label("HTTP request")
	@Category("Safer Communities")
	@Description("One request, for splitting a profile by page")
	@StackTrace(false)
	static class RequestEvent extends Event {

		@Label("Page")
		String page;

		@Label("Status")
		int status;

	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RequestEvent event = new RequestEvent();
		if (!event.isEnabled()) {
			chain.doFilter(request, response);
			return;
		}
		event.begin();
		try {
			chain.doFilter(request, response);
		}
		finally {
			event.end();
			if (event.shouldCommit()) {
				event.page = request.getMethod() + " "
						+ NUMBERS.matcher(request.getRequestURI().substring(request.getContextPath().length())).replaceAll("/{id}");
				event.status = response.getStatus();
				event.commit();
			}
		}
	}

}

package org.safercommunities.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * For a handler that knows why a request failed: the error page then says so in its own words (messages
 * {@code error-page.<kind>.title} and {@code .text}), still with nothing about the failure itself.
 */
public final class ErrorPages {

	static final String KIND = ErrorPages.class.getName() + ".kind";

	private ErrorPages() {
	}

	/** Answers with {@code status} and the error page of {@code kind}. */
	public static void explain(HttpServletRequest request, HttpServletResponse response, int status, String kind)
			throws IOException {
		request.setAttribute(KIND, kind);
		response.sendError(status);
	}

}

package org.safercommunities.cases;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A document larger than the server reads at all (spring.servlet.multipart.max-file-size) would otherwise fail
 * before the form is read, as a refused CSRF check. It is turned away first, back to the case's documents saying
 * it is too large. Anything under that limit reaches the page, which refuses it against the documents' own limit
 * with the description kept. Runs before Spring Security (order -100); the case page still checks who may see it.
 */
@Component
@Order(-105)
class CaseDocumentUploadLimitFilter extends OncePerRequestFilter {

	private static final Pattern DOCUMENTS = Pattern.compile("/staff/cases/(\\d+)/documents");

	private final long maxBytes;

	CaseDocumentUploadLimitFilter(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
		this.maxBytes = maxFileSize.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher documents = DOCUMENTS.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (documents.matches() && request.getContentLengthLong() > maxBytes) {
			response.sendRedirect(request.getContextPath() + "/staff/cases/" + documents.group(1)
					+ "?document-too-large=true#documents");
			return;
		}
		chain.doFilter(request, response);
	}

}

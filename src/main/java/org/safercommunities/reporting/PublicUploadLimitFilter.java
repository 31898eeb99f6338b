package org.safercommunities.reporting;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The multipart limits are set for analysts' large police files; a member of the public may send at most the
 * evidence limit (5 files of 10 MB). Larger requests to the public report are turned away before they are read,
 * with the evidence page saying why. Chunked requests without a length still meet the server's outer limit.
 */
@Component
class PublicUploadLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	PublicUploadLimitFilter(ReportingSettings settings) {
		this.maxBytes = (long) settings.maxEvidenceFiles() * settings.maxEvidenceMegabytes() * 1024 * 1024 + 1024 * 1024;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/report");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			response.sendRedirect(request.getContextPath() + "/report/evidence?too-large=true");
			return;
		}
		chain.doFilter(request, response);
	}

}

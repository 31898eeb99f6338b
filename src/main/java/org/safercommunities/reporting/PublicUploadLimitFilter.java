package org.safercommunities.reporting;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.safercommunities.uploads.FileNames;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The multipart limits are set for analysts' large police files; a member of the public may send at most the
 * evidence limit (5 files of 10 MB). Larger requests to the public report are turned away before they are read,
 * with the evidence page saying why. Chunked requests without a length still meet the server's outer limit.
 * <p>
 * It runs before Spring Security (order -100), whose CSRF check is the first to read the form. The servlet
 * container refuses to parse a form whose file name holds a NUL, with an exception that would be a server
 * error; here it sends the person back to the evidence page, which names the file (cleaned) and says what to do.
 */
@Component
@Order(-110)
class PublicUploadLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	/** Carries the cleaned name of a file whose name could not be read to the evidence page (no session). */
	private final SealedCookies sealed;

	PublicUploadLimitFilter(ReportingSettings settings, SealedCookies sealed) {
		this.sealed = sealed;
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
		if (isMultipart(request)) {
			try {
				request.getParameterMap();
			}
			catch (InvalidFileNameException ex) {
				sealed.seal(response, ReportJourneyController.UNREADABLE_NAME, ReportJourneyController.EVIDENCE_PATH, 60,
						FileNames.safe(ex.getName()));
				response.sendRedirect(request.getContextPath() + "/report/evidence?unreadable-name=true");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return "POST".equals(request.getMethod()) && type != null
				&& type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

}

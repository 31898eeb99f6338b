package org.safercommunities.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.safercommunities.audit.AccessRefusals;
import org.safercommunities.shared.RecordAccessRefused;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.stereotype.Component;

/**
 * Every refused access by a signed-in person (a role that may not act, a record {@code RecordAccess} refused) is
 * audited here, after the module's transaction has ended, and answered: 403, or 404 for a record whose rule hides
 * that it exists. The entry names the method and path only: addresses hold record ids, never personal data, and
 * the query string is left out because search words might be.
 */
@Component
class AuditedAccessDenied implements AccessDeniedHandler {

	private final AccessRefusals refusals;

	private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

	AuditedAccessDenied(AccessRefusals refusals) {
		this.refusals = refusals;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
			throws IOException, ServletException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String requestLine = request.getMethod() + " " + path;
		if (refused instanceof RecordAccessRefused record) {
			refusals.refused(requestLine, record);
			if (record.hidesExistence()) {
				response.sendError(HttpStatus.NOT_FOUND.value());
				return;
			}
		}
		else {
			refusals.refused(requestLine, recordType(path), recordId(path));
		}
		forbidden.handle(request, response, refused);
	}

	/** {@code /staff/reports/12/share} is about hate_report 12: searchable in the audit log like other entries. */
	static String recordType(String path) {
		return path.startsWith("/staff/reports/") ? "hate_report" : null;
	}

	static String recordId(String path) {
		if (!path.startsWith("/staff/reports/")) {
			return null;
		}
		String id = path.substring("/staff/reports/".length()).split("/")[0];
		return id.matches("\\d{1,18}") ? id : null;
	}

}

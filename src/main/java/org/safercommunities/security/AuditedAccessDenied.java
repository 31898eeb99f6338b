package org.safercommunities.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.safercommunities.audit.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.stereotype.Component;

/**
 * Every refused access by a signed-in person (a role that may not act, a record outside their organisation) is
 * written to the audit trail before the 403 page. The entry names the method and path only: addresses hold
 * record ids, never personal data, and the query string is left out because search words might be.
 */
@Component
class AuditedAccessDenied implements AccessDeniedHandler {

	private final AuditTrail audit;

	private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

	AuditedAccessDenied(AuditTrail audit) {
		this.audit = audit;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
			throws IOException, ServletException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		audit.record("ACCESS_REFUSED", recordType(path), recordId(path), request.getMethod() + " " + path);
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

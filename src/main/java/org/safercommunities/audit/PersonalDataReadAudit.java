package org.safercommunities.audit;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The audit of every read of personal data that a module's own code did not audit: after a handler marked
 * {@link ShowsPersonalData} answered without error, and nothing was written to the audit log during the request
 * ({@link AuditTrail} marks the request when it writes), one {@code PERSONAL_DATA_READ} entry for the record, with
 * the request line as its reason (no query string: it may hold what was searched for). So a new module's page is
 * audited once it is marked, and the marker is what {@code PersonalDataReadAuditTests} checks.
 */
@Component
public class PersonalDataReadAudit implements HandlerInterceptor {

	/** The request attribute {@link AuditTrail} sets when it writes an entry during a request. */
	static final String WRITTEN = PersonalDataReadAudit.class.getName() + ".written";

	static final String ACTION = "PERSONAL_DATA_READ";

	private final AuditTrail audit;

	PersonalDataReadAudit(AuditTrail audit) {
		this.audit = audit;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception failure) {
		if (failure != null || response.getStatus() >= 400 || !(handler instanceof HandlerMethod method)
				|| request.getAttribute(WRITTEN) != null) {
			return;
		}
		ShowsPersonalData marker = method.getMethodAnnotation(ShowsPersonalData.class);
		if (marker == null) {
			return;
		}
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Object id = variables instanceof Map<?, ?> map ? map.get(marker.idVariable()) : null;
		audit.record(ACTION, marker.value(), id, request.getMethod() + " " + request.getRequestURI());
	}

}

package org.safercommunities.security;

import org.junit.jupiter.api.Test;
import org.safercommunities.audit.AccessRefusals;
import org.safercommunities.shared.AccessRefusal;
import org.safercommunities.shared.RecordAccessRefused;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** The one place a refusal is audited and answered: 403, or 404 where the record's rule hides that it exists. */
class AuditedAccessDeniedTests {

	final AccessRefusals refusals = mock(AccessRefusals.class);

	final AuditedAccessDenied handler = new AuditedAccessDenied(refusals);

	@Test
	void aRefusedRecordIsAuditedWithItsReasonAndAnswered403() throws Exception {
		RecordAccessRefused refused = new RecordAccessRefused("hate_report", 12L, AccessRefusal.OTHER_ORGANISATION, false);
		MockHttpServletResponse response = new MockHttpServletResponse();

		handler.handle(new MockHttpServletRequest("GET", "/staff/reports/12"), response, refused);

		verify(refusals).refused("GET /staff/reports/12", refused);
		assertThat(response.getStatus()).isEqualTo(403);
	}

	@Test
	void aRecordWhoseRuleHidesItIsAnswered404AsIfItDidNotExist() throws Exception {
		RecordAccessRefused refused = new RecordAccessRefused("case", 7L, AccessRefusal.MEMBERS_ONLY, true);
		MockHttpServletResponse response = new MockHttpServletResponse();

		handler.handle(new MockHttpServletRequest("GET", "/staff/cases/7"), response, refused);

		verify(refusals).refused("GET /staff/cases/7", refused);
		assertThat(response.getStatus()).isEqualTo(404);
	}

	@Test
	void aRoleRefusalNamesTheReportItsAddressNames() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/staff/reports/12/share");
		request.setQueryString("overrideReason=words");
		MockHttpServletResponse response = new MockHttpServletResponse();

		handler.handle(request, response, new AccessDeniedException("Access Denied"));

		verify(refusals).refused("POST /staff/reports/12/share", "hate_report", "12");
		assertThat(response.getStatus()).isEqualTo(403);
	}

}

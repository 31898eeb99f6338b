package org.safercommunities.system;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class NulCharacterFilterTests {

	private final NulCharacterFilter filter = new NulCharacterFilter();

	@Test
	void aNulInAParameterValueIsRefusedWith400BeforeTheApplication() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/report/what");
		request.addParameter("description", "before\u0000after");
		assertThat(run(request)).isEqualTo(400);
	}

	@Test
	void aNulInAParameterNameOrAnEncodedOneInTheAddressIsRefused() throws Exception {
		MockHttpServletRequest named = new MockHttpServletRequest("GET", "/directory");
		named.addParameter("q\u0000", "x");
		assertThat(run(named)).isEqualTo(400);

		MockHttpServletRequest query = new MockHttpServletRequest("GET", "/directory");
		query.setQueryString("q=a%00b");
		assertThat(run(query)).isEqualTo(400);

		assertThat(run(new MockHttpServletRequest("GET", "/files/a%00.pdf"))).isEqualTo(400);
	}

	@Test
	void ordinaryTextAndUnicodeGoThrough() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/report/what");
		request.addParameter("description", "Shouted at in the street \u202E\uD83D\uDE00 100%00 done");
		assertThat(run(request)).isEqualTo(200);
	}

	@Test
	void multipartBodiesAreLeftToTheUploadChecks() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/report/evidence");
		request.setContentType("multipart/form-data; boundary=x");
		request.addParameter("note", "a\u0000b");
		assertThat(run(request)).isEqualTo(200);
	}

	private int run(MockHttpServletRequest request) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, response, chain);
		return chain.getRequest() == null ? response.getStatus() : 200;
	}

}

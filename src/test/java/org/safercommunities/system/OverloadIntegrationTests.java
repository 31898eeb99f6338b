package org.safercommunities.system;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * At a surge the public pages say "busy" at once (503, Retry-After) instead of queueing until they time out, a
 * refused POST has reached nothing behind the filter, and staff pages and the health check are never limited.
 * The surge is made by holding every place of the real filter with requests that wait inside it.
 */
@IntegrationTest
class OverloadIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OverloadFilter filter;

	@Autowired
	OverloadSettings settings;

	@Test
	void whenEveryPlaceIsTakenAPublicPostGetsTheBusyPageAndStaffAndHealthStillAnswer() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch inside = new CountDownLatch(settings.maxConcurrent());
		ExecutorService holders = Executors.newFixedThreadPool(settings.maxConcurrent());
		List<Future<?>> held = new ArrayList<>();
		try {
			for (int i = 0; i < settings.maxConcurrent(); i++) {
				held.add(holders.submit(() -> {
					filter.doFilter(new MockHttpServletRequest("GET", "/report/who"), new MockHttpServletResponse(),
							(request, response) -> {
								inside.countDown();
								try {
									release.await(30, TimeUnit.SECONDS);
								}
								catch (InterruptedException ex) {
									Thread.currentThread().interrupt();
								}
							});
					return null;
				}));
			}
			assertThat(inside.await(10, TimeUnit.SECONDS)).as("every place of the overload filter taken").isTrue();
			assertThat(filter.inFlight()).isEqualTo(settings.maxConcurrent());

			MvcResult busy = mvc.perform(post("/report/who").param("reporterRole", "WITNESS")).andReturn();

			MockHttpServletResponse response = busy.getResponse();
			assertThat(response.getStatus()).as("a public POST at overload").isEqualTo(503);
			assertThat(response.getHeader("Retry-After")).isEqualTo("60");
			assertThat(response.getContentType()).startsWith("text/html");
			assertThat(response.getContentAsString()).as("the busy page's words")
				.contains("Busy: your answers are kept, try again in a minute.", "govuk-heading-l",
						"/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css");
			assertThat(busy.getRequest().getSession(false)).as("no session made or read for a refused request").isNull();
			assertThat(response.getHeader("Set-Cookie")).as("no cookie set by a refused request").isNull();
			// The page is rendered once per language and kept: later refusals take the short wait and no more.
			long start = System.nanoTime();
			int again = mvc.perform(post("/report/who").param("reporterRole", "WITNESS")).andReturn().getResponse().getStatus();
			long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			assertThat(again).isEqualTo(503);
			assertThat(tookMillis).as("the busy answer comes after the short wait (%s), not a timeout", settings.journeyWait())
				.isLessThan(settings.journeyWait().toMillis() + 5000);

			assertThat(mvc.perform(get("/get-help")).andReturn().getResponse().getStatus()).as("other public pages too")
				.isEqualTo(503);
			String polish = mvc.perform(post("/report/who").cookie(new jakarta.servlet.http.Cookie("safer_lang", "pl"))
				.param("reporterRole", "WITNESS")).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			assertThat(polish).as("the busy page in the person's language").contains("Twoje odpowiedzi s\u0105 zachowane")
				.doesNotContain("your answers are kept");
			assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus())
				.as("the health check is never limited").isEqualTo(200);
			int staff = mvc.perform(get("/staff")).andReturn().getResponse().getStatus();
			assertThat(staff).as("staff pages are never limited (sent to sign in)").isEqualTo(302);
			assertThat(mvc.perform(get("/login")).andReturn().getResponse().getStatus()).as("the sign-in page")
				.isEqualTo(200);
		}
		finally {
			release.countDown();
			for (Future<?> each : held) {
				each.get(30, TimeUnit.SECONDS);
			}
			holders.shutdown();
		}
		assertThat(filter.inFlight()).isZero();
		assertThat(mvc.perform(get("/get-help")).andReturn().getResponse().getStatus())
			.as("public pages answer again once the surge is over").isEqualTo(200);
	}

	@Test
	void placesAreKeptForReportsUnderWaySoNewVisitorsAreRefusedFirst() throws Exception {
		int startable = settings.maxConcurrent() - settings.reservedForJourneys();
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch inside = new CountDownLatch(startable);
		ExecutorService holders = Executors.newFixedThreadPool(startable);
		List<Future<?>> held = new ArrayList<>();
		try {
			for (int i = 0; i < startable; i++) {
				held.add(holders.submit(() -> {
					filter.doFilter(new MockHttpServletRequest("GET", "/get-help"), new MockHttpServletResponse(),
							(request, response) -> {
								inside.countDown();
								try {
									release.await(30, TimeUnit.SECONDS);
								}
								catch (InterruptedException ex) {
									Thread.currentThread().interrupt();
								}
							});
					return null;
				}));
			}
			assertThat(inside.await(10, TimeUnit.SECONDS)).as("every place open to new visitors taken").isTrue();

			assertThat(mvc.perform(get("/report/emergency")).andReturn().getResponse().getStatus())
				.as("a new report is refused while only reserved places are left").isEqualTo(503);
			assertThat(mvc.perform(get("/")).andReturn().getResponse().getStatus()).as("so is the start page")
				.isEqualTo(503);
			assertThat(mvc.perform(get("/report/who")).andReturn().getResponse().getStatus())
				.as("a later page of a report under way still gets a place").isNotEqualTo(503);
			assertThat(mvc.perform(post("/report/who").param("reporterRole", "WITNESS")).andReturn().getResponse().getStatus())
				.as("an answer of a report under way still gets a place").isNotEqualTo(503);
		}
		finally {
			release.countDown();
			for (Future<?> each : held) {
				each.get(30, TimeUnit.SECONDS);
			}
			holders.shutdown();
		}
		assertThat(filter.inFlight()).isZero();
	}

}

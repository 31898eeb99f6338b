package org.safercommunities.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * At a surge, public pages answer "busy: your answers are kept, try again in a minute" quickly instead of every
 * request queueing until it times out. At most {@code safer.web.overload.max-concurrent} public requests are worked
 * on at once; a request that finds no place within {@code max-wait} gets the busy page (503 with Retry-After)
 * without anything else having run: no session, no answer read or saved, so a refused POST changed nothing and the
 * person's earlier answers are where they were. Staff pages, health checks and static files are never limited
 * ({@code unlimited-paths}): the team can work and the load balancer does not take a busy instance out.
 * <p>
 * A request that starts something (any GET other than a later page of the report) may take a place only while
 * {@code reserved-for-journeys} places stay free for requests of journeys under way (every POST, and the later
 * report pages a POST redirects to), so at a surge new visitors are refused first and a report already half
 * answered can still be sent.
 * <p>
 * It runs straight after the client address and Content-Security-Policy are settled, before the body limit, the
 * session and Spring Security. The page is rendered once per language from {@code system/busy} (standalone, no
 * script, so it needs no nonce) and kept: a refusal costs microseconds, which is the point of it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class OverloadFilter extends OncePerRequestFilter {

	private final OverloadSettings settings;

	private final Semaphore places;

	/** Places a starting request may take: all but those reserved for journeys under way. */
	private final Semaphore startPlaces;

	/** The report's first question: a GET of it starts a journey; a GET of any later step continues one. */
	private static final String FIRST_STEP = "/report/emergency";

	private final ObjectProvider<ITemplateEngine> templates;

	private final ObjectProvider<LocaleResolver> locales;

	private final Map<Locale, byte[]> pages = new ConcurrentHashMap<>();

	OverloadFilter(OverloadSettings settings, ObjectProvider<ITemplateEngine> templates,
			ObjectProvider<LocaleResolver> locales) {
		this.settings = settings;
		int max = Math.max(1, settings.maxConcurrent());
		this.places = new Semaphore(max, true);
		this.startPlaces = new Semaphore(Math.max(1, max - Math.max(0, settings.reservedForJourneys())), true);
		this.templates = templates;
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!settings.enabled()) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		List<String> unlimited = settings.unlimitedPaths();
		for (String prefix : unlimited) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean starting = starts(request);
		long deadline = System.nanoTime() + (starting ? settings.maxWait() : settings.journeyWait()).toNanos();
		boolean admitted = false;
		boolean startPlace = false;
		try {
			startPlace = !starting || acquire(startPlaces, deadline);
			admitted = startPlace && acquire(places, deadline);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (!admitted) {
			if (starting && startPlace) {
				startPlaces.release();
			}
			busy(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			places.release();
			if (starting) {
				startPlaces.release();
			}
		}
	}

	private static boolean acquire(Semaphore semaphore, long deadline) throws InterruptedException {
		return semaphore.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
	}

	/** Whether the request begins something new rather than continuing a journey under way. */
	static boolean starts(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.startsWith("/report/") && !path.equals(FIRST_STEP) && !path.equals("/report/"));
	}

	/** Public requests being worked on now (for tests and the figures). */
	int inFlight() {
		return Math.max(1, settings.maxConcurrent()) - places.availablePermits();
	}

	private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
		LocaleResolver resolver = locales.getIfAvailable();
		Locale locale = resolver == null ? Locale.ENGLISH : resolver.resolveLocale(request);
		byte[] page = pages.get(locale);
		if (page == null) {
			// No lock while rendering: under a surge every refused request would queue behind the first render.
			page = render(locale);
			pages.putIfAbsent(locale, page);
		}
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", String.valueOf(settings.retryAfter().toSeconds()));
		response.setHeader("Cache-Control", "no-store");
		response.setContentType("text/html;charset=UTF-8");
		response.setContentLength(page.length);
		response.getOutputStream().write(page);
	}

	/** The page in the default language is ready before the first surge. */
	@org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
	void prepare() {
		for (Locale locale : List.of(Locale.ENGLISH, Locale.UK)) {
			pages.computeIfAbsent(locale, this::render);
		}
	}

	private byte[] render(Locale locale) {
		Context context = new Context(locale);
		context.setVariable("htmlLang", locale.toLanguageTag());
		return templates.getObject().process("system/busy", context).getBytes(StandardCharsets.UTF_8);
	}

}

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
 * It runs straight after the client address and Content-Security-Policy are settled, before the body limit, the
 * session and Spring Security. The page is rendered once per language from {@code system/busy} (standalone, no
 * script, so it needs no nonce) and kept: a refusal costs microseconds, which is the point of it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class OverloadFilter extends OncePerRequestFilter {

	private final OverloadSettings settings;

	private final Semaphore places;

	private final ObjectProvider<ITemplateEngine> templates;

	private final ObjectProvider<LocaleResolver> locales;

	private final Map<Locale, byte[]> pages = new ConcurrentHashMap<>();

	OverloadFilter(OverloadSettings settings, ObjectProvider<ITemplateEngine> templates,
			ObjectProvider<LocaleResolver> locales) {
		this.settings = settings;
		this.places = new Semaphore(Math.max(1, settings.maxConcurrent()), true);
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
		boolean admitted;
		try {
			admitted = places.tryAcquire(settings.maxWait().toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (!admitted) {
			busy(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			places.release();
		}
	}

	/** Public requests being worked on now (for tests and the figures). */
	int inFlight() {
		return Math.max(1, settings.maxConcurrent()) - places.availablePermits();
	}

	private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
		LocaleResolver resolver = locales.getIfAvailable();
		Locale locale = resolver == null ? Locale.ENGLISH : resolver.resolveLocale(request);
		byte[] page = pages.computeIfAbsent(locale, this::render);
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", String.valueOf(settings.retryAfter().toSeconds()));
		response.setHeader("Cache-Control", "no-store");
		response.setContentType("text/html;charset=UTF-8");
		response.setContentLength(page.length);
		response.getOutputStream().write(page);
	}

	private byte[] render(Locale locale) {
		Context context = new Context(locale);
		context.setVariable("htmlLang", locale.toLanguageTag());
		return templates.getObject().process("system/busy", context).getBytes(StandardCharsets.UTF_8);
	}

}

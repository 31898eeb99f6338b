package org.safercommunities.system;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Believes {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only when they come from a configured proxy
 * ({@code safer.web.trusted-proxies}), and never believes {@code X-Forwarded-Host}, {@code Forwarded} or
 * {@code X-Forwarded-Port}: links are built from {@code safer.web.base-url} instead.
 * <p>
 * Why not Spring's {@code ForwardedHeaderFilter} ({@code server.forward-headers-strategy: framework}, as before):
 * it believes every client and takes the <em>leftmost</em> {@code X-Forwarded-For} entry, which is whatever the
 * client wrote, because proxies append to the header. Here the header is read from the right: starting from the
 * connection's own address, each hop is accepted while the address it came from is a trusted proxy, so the client
 * is the first untrusted address (Tomcat's RemoteIpValve does the same, but takes regular expressions, not CIDR).
 * Every other filter (rate limits, HSTS) then sees the result through {@link HttpServletRequest#getRemoteAddr()}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrustedProxyFilter extends OncePerRequestFilter {

	/** Headers no filter or page after this one may read: they are either resolved here or never believed. */
	private static final Set<String> HIDDEN = Set.of("forwarded", "x-forwarded-for", "x-forwarded-proto",
			"x-forwarded-host", "x-forwarded-port", "x-forwarded-prefix", "x-forwarded-ssl");

	private final List<IpAddressMatcher> proxies;

	TrustedProxyFilter(WebSettings settings) {
		this.proxies = settings.trustedProxies().stream().filter(StringUtils::hasText).map(String::strip)
			.map(IpAddressMatcher::new).toList();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(resolve(request), response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	HttpServletRequest resolve(HttpServletRequest request) {
		String client = request.getRemoteAddr();
		boolean viaTrustedProxy = false;
		List<String> hops = forwardedFor(request);
		while (isTrusted(client) && !hops.isEmpty()) {
			client = hops.remove(hops.size() - 1);
			viaTrustedProxy = true;
		}
		String scheme = request.getScheme();
		boolean secure = request.isSecure();
		if (isTrusted(request.getRemoteAddr())) {
			String proto = lastValue(request.getHeader("X-Forwarded-Proto"));
			if ("https".equalsIgnoreCase(proto) || "http".equalsIgnoreCase(proto)) {
				scheme = proto.toLowerCase(Locale.ROOT);
				secure = "https".equals(scheme);
			}
		}
		return new ResolvedRequest(request, viaTrustedProxy ? client : request.getRemoteAddr(), scheme, secure);
	}

	private boolean isTrusted(String address) {
		for (IpAddressMatcher proxy : proxies) {
			try {
				if (proxy.matches(address)) {
					return true;
				}
			}
			catch (IllegalArgumentException ex) {
				// Not an IP address (a garbled header entry): never trusted.
				return false;
			}
		}
		return false;
	}

	private static List<String> forwardedFor(HttpServletRequest request) {
		List<String> hops = new ArrayList<>();
		for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
			Arrays.stream(header.split(",")).map(String::strip).filter(StringUtils::hasText).forEach(hops::add);
		}
		return hops;
	}

	private static String lastValue(String header) {
		if (header == null) {
			return null;
		}
		String[] values = header.split(",");
		return values[values.length - 1].strip();
	}

	/** The request as the client made it: its address and scheme resolved, forwarding headers gone. */
	private static final class ResolvedRequest extends HttpServletRequestWrapper {

		private final String remoteAddr;

		private final String scheme;

		private final boolean secure;

		ResolvedRequest(HttpServletRequest request, String remoteAddr, String scheme, boolean secure) {
			super(request);
			this.remoteAddr = remoteAddr;
			this.scheme = scheme;
			this.secure = secure;
		}

		@Override
		public String getRemoteAddr() {
			return remoteAddr;
		}

		@Override
		public String getRemoteHost() {
			return remoteAddr;
		}

		@Override
		public String getScheme() {
			return scheme;
		}

		@Override
		public boolean isSecure() {
			return secure;
		}

		@Override
		public String getHeader(String name) {
			return HIDDEN.contains(name.toLowerCase(Locale.ROOT)) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HIDDEN.contains(name.toLowerCase(Locale.ROOT)) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
				.filter(name -> !HIDDEN.contains(name.toLowerCase(Locale.ROOT)))
				.toList());
		}

	}

}

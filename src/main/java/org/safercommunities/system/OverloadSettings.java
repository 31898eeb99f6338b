package org.safercommunities.system;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many public requests are worked on at once before the rest are told "busy" (see {@link OverloadFilter}).
 *
 * @param enabled whether public pages are limited at all
 * @param maxConcurrent public requests worked on at the same time; beyond that they wait
 * @param reservedForJourneys of those places, how many only a journey already under way may take (a POST, or a
 * later page of the report): at a surge new visitors are told "busy" first, so people half-way through a
 * report can finish it rather than everyone being cut off part-way
 * @param maxWait how long a starting request waits for a place before it gets the busy page (503, Retry-After)
 * @param journeyWait how long a request of a journey under way waits: longer, since refusing it cuts a report
 * half-way
 * @param retryAfter what the busy page asks the browser to wait (the page itself says "a minute")
 * @param unlimitedPaths path prefixes never limited: staff work, health checks for the load balancer, static files
 */
@ConfigurationProperties("safer.web.overload")
public record OverloadSettings(@DefaultValue("true") boolean enabled, @DefaultValue("24") int maxConcurrent,
		@DefaultValue("8") int reservedForJourneys, @DefaultValue("50ms") Duration maxWait,
		@DefaultValue("150ms") Duration journeyWait, @DefaultValue("60s") Duration retryAfter,
		@DefaultValue({ "/staff", "/actuator", "/login", "/logout", "/assets/", "/webjars/", "/css/", "/js/",
				"/error" }) List<String> unlimitedPaths) {
}

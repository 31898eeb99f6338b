import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where each request's time goes, per page type:
 * `java bench/JfrProfile.java recording.jfr [top=12] [from=2026-12-02T05:16:40Z] [to=...]`.
 * The application marks every request with an org.safercommunities.Request event (system/RequestProfilingFilter);
 * each CPU sample (jdk.ExecutionSample) is given to the request its thread was working on at that moment.
 * Printed per page: samples, the share of each component that appears in the stack (inclusive, so they overlap),
 * and the hottest methods by self time. Also the time threads spent blocked (monitor enter, park) per page.
 */
public class JfrProfile {

	/** Components, recognised by a frame anywhere in the stack (inclusive share). */
	static final String[][] COMPONENTS = {
			{ "Thymeleaf rendering", "org.thymeleaf." },
			{ "Spring Session (JDBC) read/write", "org.springframework.session." },
			{ "Spring Security filters", "org.springframework.security.web.FilterChainProxy" },
			{ "CSRF token", "org.springframework.security.web.csrf." },
			{ "Argon2 secret hash", "org.bouncycastle.crypto.generators.Argon2" },
			{ "Hibernate / JPA", "org.hibernate." },
			{ "H2 engine", "org.h2." },
			{ "PostgreSQL driver", "org.postgresql." },
			{ "Hikari pool", "com.zaxxer.hikari." },
			{ "Bucket4j rate limit", "io.github.bucket4j." },
			{ "audit append", "org.safercommunities.audit." },
			{ "Tink field encryption", "com.google.crypto.tink." },
			{ "message lookup (MessageSource)", "org.springframework.context.support.AbstractMessageSource" },
			{ "Spring MVC data binding", "org.springframework.validation.DataBinder" },
			{ "logging", "ch.qos.logback." },
			{ "Tomcat / HTTP I/O", "org.apache.coyote." },
			{ "Spring Modulith events", "org.springframework.modulith." },
			{ "Micrometer / observation", "io.micrometer." } };

	record Span(long start, long end, String page) {
	}

	public static void main(String[] args) throws Exception {
		int top = args.length > 1 ? Integer.parseInt(args[1]) : 12;
		// Optional window (UTC instants, e.g. 2026-12-02T05:16:40Z): only the measured phase, not start-up or warm-up.
		long from = args.length > 2 ? nanos(Instant.parse(args[2])) : Long.MIN_VALUE;
		long to = args.length > 3 ? nanos(Instant.parse(args[3])) : Long.MAX_VALUE;
		List<RecordedEvent> samples = new ArrayList<>();
		List<RecordedEvent> blocked = new ArrayList<>();
		Map<Long, List<Span>> spans = new HashMap<>();
		Map<String, Integer> requests = new TreeMap<>();
		try (RecordingFile file = new RecordingFile(Path.of(args[0]))) {
			while (file.hasMoreEvents()) {
				RecordedEvent event = file.readEvent();
				long at = nanos(event.getStartTime());
				if (at < from || at > to) {
					continue;
				}
				String type = event.getEventType().getName();
				switch (type) {
					case "jdk.ExecutionSample" -> samples.add(event);
					case "jdk.JavaMonitorEnter", "jdk.ThreadPark" -> blocked.add(event);
					case "org.safercommunities.Request" -> {
						String page = event.getString("page");
						requests.merge(page, 1, Integer::sum);
						spans.computeIfAbsent(event.getThread().getJavaThreadId(), id -> new ArrayList<>())
							.add(new Span(nanos(event.getStartTime()), nanos(event.getEndTime()), page));
					}
					default -> {
					}
				}
			}
		}
		spans.values().forEach(list -> list.sort(Comparator.comparingLong(Span::start)));

		Map<String, List<RecordedStackTrace>> byPage = new TreeMap<>();
		for (RecordedEvent sample : samples) {
			if (sample.getStackTrace() != null && sample.getStackTrace().getFrames().stream()
				.anyMatch(frame -> name(frame).equals("org.springframework.boot.SpringApplication.run"))) {
				byPage.computeIfAbsent("(start-up)", p -> new ArrayList<>()).add(sample.getStackTrace());
				continue;
			}
			String page = sample.getThread("sampledThread") == null ? null
					: pageAt(spans.get(sample.getThread("sampledThread").getJavaThreadId()), nanos(sample.getStartTime()));
			byPage.computeIfAbsent(page == null ? "(no request: background, GC helpers, JIT excluded)" : page,
					p -> new ArrayList<>()).add(sample.getStackTrace());
		}
		Map<String, Long> blockedByPage = new TreeMap<>();
		for (RecordedEvent event : blocked) {
			if (event.getThread() == null) {
				continue;
			}
			String page = pageAt(spans.get(event.getThread().getJavaThreadId()), nanos(event.getStartTime()));
			if (page != null) {
				blockedByPage.merge(page, event.getDuration().toMillis(), Long::sum);
			}
		}
		System.out.printf("%d CPU samples, %d requests marked%n", samples.size(), requests.values().stream().mapToInt(i -> i).sum());
		byPage.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size()).forEach(entry -> {
			String page = entry.getKey();
			List<RecordedStackTrace> stacks = entry.getValue();
			int count = requests.getOrDefault(page, 0);
			System.out.printf("%n=== %s: %d samples (%.1f%% of all)%s%s%n", page, stacks.size(), 100.0 * stacks.size() / samples.size(),
					count > 0 ? String.format(", %d requests, %.2f samples per request", count, (double) stacks.size() / count) : "",
					blockedByPage.containsKey(page) ? ", blocked (monitor/park >= threshold) " + blockedByPage.get(page) + " ms" : "");
			Map<String, Integer> components = new HashMap<>();
			Map<String, Integer> self = new HashMap<>();
			for (RecordedStackTrace stack : stacks) {
				if (stack == null || stack.getFrames().isEmpty()) {
					continue;
				}
				List<RecordedFrame> frames = stack.getFrames();
				self.merge(name(frames.get(0)), 1, Integer::sum);
				for (String[] component : COMPONENTS) {
					if (frames.stream().anyMatch(frame -> frame.getMethod().getType().getName().startsWith(component[1]))) {
						components.merge(component[0], 1, Integer::sum);
					}
				}
			}
			components.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
				.forEach(c -> System.out.printf("  %5.1f%%  %s%n", 100.0 * c.getValue() / stacks.size(), c.getKey()));
			System.out.println("  hottest methods (self):");
			self.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(top)
				.forEach(m -> System.out.printf("  %5.1f%%  %s%n", 100.0 * m.getValue() / stacks.size(), m.getKey()));
		});
	}

	static String pageAt(List<Span> list, long at) {
		if (list == null) {
			return null;
		}
		int low = 0;
		int high = list.size() - 1;
		while (low <= high) {
			int mid = (low + high) >>> 1;
			Span span = list.get(mid);
			if (span.end() < at) {
				low = mid + 1;
			}
			else if (span.start() > at) {
				high = mid - 1;
			}
			else {
				return span.page();
			}
		}
		return null;
	}

	static long nanos(Instant instant) {
		return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
	}

	static String name(RecordedFrame frame) {
		return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
	}

}

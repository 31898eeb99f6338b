package org.safercommunities.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import org.safercommunities.shared.UkTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Case references, {@code C-2026-000123}: the year opened and a number from a database sequence, so several
 * instances never give the same one and a reference read out over the phone is short and plain.
 */
@Component
class CaseReferences {

	private static final Pattern FORMAT = Pattern.compile("C-\\d{4}-\\d{6,}");

	private final JdbcClient jdbc;

	private final Clock clock;

	CaseReferences(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	String next() {
		long number = jdbc.sql("select nextval('case_file_reference_seq')").query(Long.class).single();
		return format(LocalDate.now(clock.withZone(UkTime.ZONE)).getYear(), number);
	}

	static String format(int year, long number) {
		return String.format(Locale.ROOT, "C-%04d-%06d", year, number);
	}

	/** Whether what was typed looks like a case reference (spaces and case ignored), e.g. for the search box. */
	static boolean looksLikeReference(String typed) {
		return typed != null && FORMAT.matcher(normalise(typed)).matches();
	}

	static String normalise(String typed) {
		return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
	}

}

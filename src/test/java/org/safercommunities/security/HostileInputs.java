package org.safercommunities.security;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Hostile values for form fields, parameters and path variables, from a seed so that a failure can be replayed
 * exactly ({@code -Dsafer.hostile.seed=...}). Each value is one of the known attacks below, sometimes wrapped in
 * another (prefix, suffix), repeated, or made very long.
 */
final class HostileInputs {

	/** The two payloads a page must never echo as markup. */
	static final String SCRIPT = "<script>alert(1)</script>";

	static final String IMAGE = "\"><img src=x onerror=alert(1)>";

	static final List<String> ATTACKS = List.of(SCRIPT, IMAGE, "' OR 1=1 --", "'; drop table hate_report; --",
			"${7*7}", "[[${7*7}]]", "__${T(java.lang.Runtime)}__::x", "../../etc/passwd", "..\\..\\windows\\win.ini",
			"\u0000", "a\u0000b", "\uD800", "\uDC00", "x\uD800y", "\u202Eevil", "a\u200D\u200Db", "\uFEFF",
			"\uD83D\uDE00\uD83D\uDD25", "e\u0301\u0301\u0301\u0301", "a\r\nSet-Cookie: x=y", "%00", "%2e%2e%2f",
			"-1", "0", "99999999999999999999", "-99999999999999999999", "9223372036854775808", "NaN", "Infinity",
			"1e400", "31/02/2026", "0000-00-00", "2026-02-31", "9999-99-99", "", " ", "null", "true", "[]", "{}");

	private final long seed;

	private final SplittableRandom random;

	private int produced;

	HostileInputs(long seed) {
		this.seed = seed;
		this.random = new SplittableRandom(seed);
	}

	long seed() {
		return seed;
	}

	/** How many values have been handed out. */
	int produced() {
		return produced;
	}

	String next() {
		produced++;
		String value = attack();
		return switch (random.nextInt(6)) {
			case 0 -> attack() + value;
			case 1 -> value + attack();
			case 2 -> value.repeat(2 + random.nextInt(5));
			default -> value;
		};
	}

	/** An over-long value: 10,000 to 100,000 characters, a payload padded out or one character many times. */
	String nextLong() {
		produced++;
		return longString();
	}

	/** A hostile name for an uploaded file. */
	String fileName() {
		produced++;
		List<String> names = List.of("../../etc/passwd", "..\\..\\windows\\win.ini", "evil\u0000.pdf",
				"invoice\u202Efdp.exe", "/etc/shadow", "C:\\boot.ini", "%2e%2e%2fx.jpg", SCRIPT + ".png",
				"a\r\nSet-Cookie: x=y.txt", "\uD800.csv", "x".repeat(5_000) + ".pdf", "");
		return names.get(random.nextInt(names.size()));
	}

	int nextInt(int bound) {
		return random.nextInt(bound);
	}

	private String attack() {
		return ATTACKS.get(random.nextInt(ATTACKS.size()));
	}

	private String longString() {
		int length = 10_000 + random.nextInt(90_001);
		String unit = random.nextBoolean() ? attack() : "x";
		if (unit.isEmpty()) {
			unit = "x";
		}
		StringBuilder text = new StringBuilder(length + unit.length());
		while (text.length() < length) {
			text.append(unit);
		}
		return text.toString();
	}

}

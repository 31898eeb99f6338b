package org.safercommunities.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

/**
 * The tests' authenticator app: it keeps the secret each test user set up (read off the enrolment page, as a person
 * types it into an app) and gives the code of the next time step the server will still accept. The server takes a
 * code once and only for a step later than the last one it took, and a step either side of now: so a user signed in
 * twice in one 30-second step gets the code of the next step, and if none is left it waits for the clock.
 */
public final class Authenticator {

	private static final Duration STEP = Duration.ofSeconds(30);

	private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator(STEP, 6);

	private static final Map<String, Enrolled> ENROLLED = new ConcurrentHashMap<>();

	private Authenticator() {
	}

	/** Remembers the secret shown on the enrolment page (groups of four, Base32). */
	public static void enrolled(String email, String secretText) {
		ENROLLED.put(key(email), new Enrolled(new Base32().decode(secretText.replace(" ", "").toUpperCase(Locale.ROOT))));
	}

	public static boolean knows(String email) {
		return ENROLLED.containsKey(key(email));
	}

	public static void forget(String email) {
		ENROLLED.remove(key(email));
	}

	/** The code for the next step the server will accept, waiting for the clock if every acceptable step is used. */
	public static String nextCode(String email) {
		Enrolled enrolled = ENROLLED.get(key(email));
		if (enrolled == null) {
			throw new IllegalStateException("No authenticator set up in this test run for " + email);
		}
		synchronized (enrolled) {
			long now = stepAt(Instant.now());
			// Not the step before now: the server's clock may already be in the next step by the time it checks.
			long step = Math.max(now, enrolled.lastStep + 1);
			while (step > stepAt(Instant.now()) + 1) {
				sleepUntil(Instant.ofEpochSecond((step - 1) * STEP.toSeconds()));
			}
			enrolled.lastStep = step;
			return codeAt(enrolled.secret, step);
		}
	}

	/** The code of a given step, for tests of which steps the server accepts. */
	public static String codeAt(byte[] secret, long step) {
		try {
			return TOTP.generateOneTimePasswordString(new SecretKeySpec(secret, "HmacSHA1"),
					Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
		}
		catch (java.security.InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static byte[] secretOf(String email) {
		return ENROLLED.get(key(email)).secret;
	}

	public static long stepAt(Instant when) {
		return Math.floorDiv(when.getEpochSecond(), STEP.toSeconds());
	}

	private static void sleepUntil(Instant when) {
		long millis = Duration.between(Instant.now(), when).toMillis() + 50;
		if (millis > 0) {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private static String key(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	private static final class Enrolled {

		final byte[] secret;

		long lastStep = Long.MIN_VALUE / 2;

		Enrolled(byte[] secret) {
			this.secret = secret;
		}

	}

}

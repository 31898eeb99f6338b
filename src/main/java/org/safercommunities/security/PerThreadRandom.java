package org.safercommunities.security;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A SecureRandom whose bytes come from a DRBG of each thread's own. The default generator is one locked source
 * for the whole process, and Spring Security masks the CSRF token with fresh random bytes on every page, so under
 * load request threads queued on that lock (bench/README.md, "Report load: where the time goes").
 */
final class PerThreadRandom extends SecureRandom {

	private static final long serialVersionUID = 1L;

	private static final ThreadLocal<SecureRandom> GENERATORS = ThreadLocal.withInitial(PerThreadRandom::generator);

	@Override
	public void nextBytes(byte[] bytes) {
		GENERATORS.get().nextBytes(bytes);
	}

	@Override
	public int nextInt() {
		return GENERATORS.get().nextInt();
	}

	private static SecureRandom generator() {
		try {
			return SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException ex) {
			return new SecureRandom();
		}
	}

}

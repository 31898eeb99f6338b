package org.safercommunities.support;

/**
 * The embedded demo's tests on an in-memory database of their own: the demo's organisations, directory entries and
 * digests would otherwise add up in other tests' lists and e-mails, differently in each test order.
 */
public final class DemoDatabase {

	public static final String URL = "spring.datasource.url=jdbc:h2:mem:safer-demo;MODE=PostgreSQL;"
			+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	private DemoDatabase() {
	}

}

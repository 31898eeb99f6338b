package org.safercommunities.directory;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.safercommunities.support.TestData;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Directory test data factories (public, so browser tests in another package can use them). Every name is
 * unique in the shared test database.
 */
public final class DirectoryTestData {

	public static final String BURNT_OAK = "E05013630";

	public static final String HENDON = "E05013643";

	private final DirectoryEntryRepository entries;

	private final OwnerLinks links;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private DirectoryTestData(ApplicationContext context) {
		this.entries = context.getBean(DirectoryEntryRepository.class);
		this.links = context.getBean(OwnerLinks.class);
		this.transactions = context.getBean(TransactionTemplate.class);
		this.clock = context.getBean(Clock.class);
	}

	public static DirectoryTestData from(ApplicationContext context) {
		return new DirectoryTestData(context);
	}

	/** A public support service in Burnt Oak helping with disability, speaking Polish, step-free, with a map point. */
	public static EntryDetails aSupportService(String name) {
		return new EntryDetails(name, "Advice and support for " + name, "1 Watling Avenue", "HA8 0LT", BURNT_OAK,
				51.6040, -0.2600, "020 7946 0001", "help@support.example", "https://support.example", "Weekdays 9 to 5",
				List.of("en", "pl"), "Ramp at the side door", List.of("STEP_FREE"), List.of("DISABILITY"),
				List.of("DISABILITY"), null, null, null, null, null);
	}

	public static EntryDetails aSafePlace(String name) {
		return new EntryDetails(name, "A Safe Place", "2 Church Road", "NW4 4BQ", HENDON, null, null, null, null, null,
				"Every day", List.of("en", "tr"), null, List.of(), List.of(), List.of(), LocalDate.of(2026, 3, 1), null,
				null, null, null);
	}

	public static EntryDetails aHub(String name) {
		return new EntryDetails(name, "A Community Safety Hub", "Library", "EN5 4QT", "E05013644", null, null, null,
				null, null, null, List.of("en"), null, List.of(), List.of(), List.of(), null, DayOfWeek.MONDAY,
				LocalTime.of(10, 0), LocalTime.of(13, 0), null);
	}

	/** Saves an entry with an owner, as confirmed on the given day. Returns its id. */
	public long save(EntryType type, EntryDetails details, String ownerEmail, LocalDate lastConfirmed) {
		return transactions.execute(status -> {
			DirectoryEntry entry = new DirectoryEntry(type, DirectoryManagement.uniqueSlug(entries, details.name()),
					details, clock.instant(), lastConfirmed);
			entry.owner("Owner of " + details.name(), ownerEmail);
			return entries.save(entry).getId();
		});
	}

	/** A published Community Safety Hub in ward E05013644, for the engagement module's hub sessions. */
	public long saveHub(String name) {
		return save(EntryType.HUB, aHub(name), TestData.unique("owner") + "@owner.example", LocalDate.now(clock));
	}

	public long saveSupport(String name) {
		return save(EntryType.SUPPORT, aSupportService(name), TestData.unique("owner") + "@owner.example",
				LocalDate.now(clock));
	}

	public String slugOf(long id) {
		return entries.findById(id).orElseThrow().getSlug();
	}

	public String nameOf(long id) {
		return find(id).getName();
	}

	public LocalDate lastConfirmedOn(long id) {
		return find(id).getLastConfirmedOn();
	}

	DirectoryEntry find(long id) {
		return entries.findById(id).orElseThrow();
	}

	/** A fresh one-time owner link for the entry: the path /owner/{token}. */
	public String ownerLink(long id) {
		return "/owner/" + transactions.execute(status -> links.issue(entries.findById(id).orElseThrow()));
	}

	/** One unique word, so a text search finds exactly this test's entries. */
	public static String word(String prefix) {
		return TestData.unique(prefix).replace("-", "");
	}

}

package org.safercommunities.directory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import javax.sql.DataSource;

import org.safercommunities.directory.EntryChange.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo directory for the embedded demo only (H2, {@code safer.demo.enabled}): the eleven reporting centres of the
 * 2021-22 annual report (seed 001 section 4.5) are listed by the centres module's {@code CentreListingChanged}
 * events (demo centre records: demo/DemoCentres). Here: the support services of the signposting form (seed 003
 * Appendix 1, with its phone numbers); a few Safe Places; the four weekly Community Safety Hubs (seed 001 section 4.5) and a pop-up hub.
 * <p>
 * It runs once the application has started, after the demo partnership's organisations exist. Names and phone
 * numbers the seeds give are real; <strong>addresses, map points, opening hours, languages, wards and session
 * times marked "demo" below are invented</strong> for the demonstration.
 */
@Component
@ConditionalOnBooleanProperty("safer.demo.enabled")
class DirectoryDemoData {

	private static final Logger log = LoggerFactory.getLogger(DirectoryDemoData.class);

	/** Marker entry: when it exists, the demo directory was seeded on an earlier start. */
	static final String MARKER_SLUG = "victim-support";

	private final DirectoryEntryRepository entries;

	private final EntryHistory history;

	private final TransactionTemplate transactions;

	private final DataSource dataSource;

	private final Clock clock;

	DirectoryDemoData(DirectoryEntryRepository entries, EntryHistory history, TransactionTemplate transactions,
			DataSource dataSource, Clock clock) {
		this.entries = entries;
		this.history = history;
		this.transactions = transactions;
		this.dataSource = dataSource;
		this.clock = clock;
	}

	@EventListener(ApplicationStartedEvent.class)
	void seedOnStart() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			if (!connection.getMetaData().getURL().startsWith("jdbc:h2:")) {
				log.warn("Demo directory not created: the database is not the embedded H2 database");
				return;
			}
		}
		seed();
	}

	void seed() {
		if (entries.existsBySlug(MARKER_SLUG)) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		transactions.executeWithoutResult(status -> {
			others(today).forEach(demo -> {
				DirectoryEntry entry = new DirectoryEntry(demo.type(), DirectoryManagement.uniqueSlug(entries, demo.details().name()),
						demo.details(), clock.instant(), today);
				entry.owner(demo.ownerName(), demo.ownerEmail());
				entry.confirmed(demo.lastConfirmed());
				entries.save(entry);
				history.recordBy("demo", entry, Action.CREATED, demo.details().name());
			});
		});
		log.info("Demo directory created: {} entries (reporting centres come from the centres module)", others(today).size());
	}

	private record Demo(EntryType type, EntryDetails details, String ownerName, String ownerEmail,
			LocalDate lastConfirmed) {
	}

	private static EntryDetails details(String name, String summary, String address, String postcode, String ward,
			Double latitude, Double longitude, String phone, String website, String hours, List<String> languages,
			List<String> features, List<String> strands, List<String> categories, LocalDate trained, DayOfWeek weekday,
			LocalTime starts, LocalTime ends, LocalDate popUp) {
		return new EntryDetails(name, summary, address, postcode, ward, latitude, longitude, phone, null, website,
				hours, languages, null, features, strands, categories, trained, weekday, starts, ends, popUp);
	}

	private static List<Demo> others(LocalDate today) {
		List<String> everyone = List.of();
		return List.of(
				// Support services of the signposting form (seed 003 Appendix 1): names, phones, hours and web
				// addresses as the form gives them.
				new Demo(EntryType.SUPPORT, details("Victim Support",
						"Free, confidential support to help you recover from the effects and trauma of crime and anti-social behaviour. You can dial 141 to hide your number.",
						null, null, null, null, null, "08 08 16 89 111",
						"https://www.victimsupport.org.uk/help-and-support/get-help/request-support",
						"Supportline: weeknights, Monday to Friday, 8pm to 8am; weekends, 24 hours", List.of("en"),
						List.of(), everyone, List.of("VICTIM_SUPPORT"), null, null, null, null, null),
						"Supportline manager", "directory@victimsupport.example", today),
				new Demo(EntryType.SUPPORT, details("Crimestoppers",
						"Report a crime without talking to the police or filling in forms. You do not have to give your name, and what you say is confidential. It is free to call.",
						null, null, null, null, null, "0800 555 111", "http://www.crimestoppers-uk.org", null,
						List.of("en"), List.of(), everyone, List.of("VICTIM_SUPPORT"), null, null, null, null, null),
						"Crimestoppers team", "directory@crimestoppers.example", today),
				new Demo(EntryType.SUPPORT, details("True Vision",
						"The police's website for reporting hate crime online.", null, null, null, null, null, null,
						"https://www.report-it.org.uk", null, List.of("en"), List.of(), everyone,
						List.of("VICTIM_SUPPORT"), null, null, null, null, null), "True Vision team",
						"directory@report-it.example", today),
				new Demo(EntryType.SUPPORT, details("Metropolitan Police (non-emergency)",
						"Call 101, or visit your local police station. You can speak in confidence. In an emergency call 999.",
						null, null, null, null, null, "101", null, null, List.of("en"), List.of(), everyone,
						List.of("VICTIM_SUPPORT"), null, null, null, null, null), "North West BCU",
						"directory@met.example", today),
				// Named in seed 001 section 4.x; summary and contact are demo values.
				new Demo(EntryType.SUPPORT, details("Barnet Victims Care Hub",
						"Support for victims of crime in Barnet through the criminal justice process, including trauma support.",
						null, null, null, null, null, null, null, "Monday to Friday, 9am to 5pm", List.of("en", "pl"),
						List.of(), everyone, List.of("VICTIM_SUPPORT", "MENTAL_HEALTH"), null, null, null, null, null),
						"Hub coordinator", "bvch@barnet.example", today),
				// Safe Places (seed 001 section 4.5): invented venues, addresses, hours and training dates (demo).
				new Demo(EntryType.SAFE_PLACE, details("Watling Avenue Community Café",
						"A Safe Place: staff can help you phone someone and give you somewhere safe to wait.",
						"Watling Avenue", "HA8 0LT", "E05013630", 51.6030, -0.2640, null, null,
						"Monday to Saturday, 8am to 4pm", List.of("en", "ro"), List.of("STEP_FREE"), everyone, List.of(),
						today.minusMonths(5), null, null, null, null), "Café manager", "cafe@watling.example", today),
				new Demo(EntryType.SAFE_PLACE, details("Station Road Pharmacy",
						"A Safe Place: staff can help you phone someone and give you somewhere safe to wait.",
						"Station Road, Edgware", "HA8 7AB", "E05013637", 51.6136, -0.2750, null, null,
						"Monday to Saturday, 9am to 6pm", List.of("en", "tr"), List.of("STEP_FREE", "QUIET_SPACE"),
						everyone, List.of(), today.minusMonths(8), null, null, null, null), "Pharmacist",
						"pharmacy@stationroad.example", today),
				new Demo(EntryType.SAFE_PLACE, details("Hendon Central Newsagent",
						"A Safe Place: staff can help you phone someone and give you somewhere safe to wait.",
						"Queens Road, Hendon", "NW4 2TH", "E05013643", 51.5830, -0.2270, null, null,
						"Every day, 7am to 9pm", List.of("en", "bn"), List.of(), everyone, List.of(),
						today.minusMonths(14), null, null, null, null), "Shop owner", "news@hendon.example",
						today.minusMonths(13)),
				new Demo(EntryType.SAFE_PLACE, details("High Barnet Library Café",
						"A Safe Place: staff can help you phone someone and give you somewhere safe to wait.",
						"Stapylton Road, Barnet", "EN5 4QT", "E05013644", 51.6540, -0.2010, null, null,
						"Tuesday to Saturday, 9.30am to 5pm", List.of("en"), List.of("STEP_FREE", "ACCESSIBLE_TOILET", "HEARING_LOOP"),
						everyone, List.of(), today.minusMonths(3), null, null, null, null), "Café lead",
						"cafe@highbarnet.example", today),
				new Demo(EntryType.SAFE_PLACE, details("West Hendon Broadway Supermarket",
						"A Safe Place: staff can help you phone someone and give you somewhere safe to wait.",
						"West Hendon Broadway", "NW9 7BN", "E05013649", 51.5790, -0.2450, null, null,
						"Every day, 7am to 10pm", List.of("en", "pl", "ar"), List.of("STEP_FREE"), everyone, List.of(),
						today.minusMonths(6), null, null, null, null), "Store manager", "store@westhendon.example", today),
				// Community Safety Hubs (seed 001 section 4.5): four a week at Chipping Barnet, Edgware, North
				// Finchley and West Hendon, three hours each. Venues, days and times are demo values.
				hub("Community Safety Hub: Chipping Barnet", "Chipping Barnet Library, Stapylton Road", "EN5 4QT",
						"E05013644", 51.6535, -0.2015, DayOfWeek.MONDAY, today),
				hub("Community Safety Hub: Edgware", "Edgware Library, Hale Lane", "HA8 8NN", "E05013637", 51.6150,
						-0.2730, DayOfWeek.TUESDAY, today),
				hub("Community Safety Hub: North Finchley", "artsdepot, Tally Ho Corner", "N12 0GA", "E05013651",
						51.6135, -0.1770, DayOfWeek.WEDNESDAY, today),
				hub("Community Safety Hub: West Hendon", "West Hendon Community Centre", "NW9 7DY", "E05013649",
						51.5780, -0.2420, DayOfWeek.THURSDAY, today),
				new Demo(EntryType.HUB, details("Pop-up Community Safety Hub: Burnt Oak summer fair",
						"A one-off Community Safety Hub at a community event: report crime and anti-social behaviour, anonymously if you wish.",
						"Watling Park, Burnt Oak", "HA8 0JP", "E05013630", 51.6060, -0.2590, null, null, null,
						List.of("en"), List.of("STEP_FREE"), everyone, List.of(), null, null, LocalTime.of(11, 0),
						LocalTime.of(15, 0), today.plusDays(21)), "Community Safety Team",
						"saferstreets@barnet.example", today));
	}

	private static Demo hub(String name, String venue, String postcode, String ward, double latitude,
			double longitude, DayOfWeek day, LocalDate today) {
		return new Demo(EntryType.HUB, details(name,
				"Drop in to report crime and anti-social behaviour, or raise a concern, anonymously if you wish. Two Investigation and Enforcement Officers attend.",
				venue, postcode, ward, latitude, longitude, null, null, null, List.of("en"), List.of("STEP_FREE"),
				List.of(), List.of(), null, day, LocalTime.of(10, 0), LocalTime.of(13, 0), null),
				"Community Safety Team", "saferstreets@barnet.example", today);
	}

}

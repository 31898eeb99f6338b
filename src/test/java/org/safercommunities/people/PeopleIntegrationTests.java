package org.safercommunities.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.safercommunities.people.Involvement.PartyRole;
import org.safercommunities.people.MatchSuggestion.Reason;
import org.safercommunities.people.PersonDetails.Vulnerability;
import org.safercommunities.support.DatabaseSearch;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** The people module through its API, on the real database: encryption at rest, blind indexes, audit, merges, flags. */
@IntegrationTest
@RecordApplicationEvents
class PeopleIntegrationTests {

	@Autowired
	People people;

	@Autowired
	PersonRecordsFinder records;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	/** A person no other test has: a made-up family name and a phone number and e-mail address of their own. */
	static PersonDetails aPerson(String given) {
		String family = "Quill" + lettersOf(TestData.unique("")) + "feather";
		String phone = "07700 9" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
		return new PersonDetails(given, family, List.of(given + " Q"), LocalDate.of(1980, 1 + ThreadLocalRandom.current()
			.nextInt(12), 1 + ThreadLocalRandom.current().nextInt(28)),
				List.of(new Address("12 Brent Street", null, "London", "NW4 2EU")), phone,
				given.toLowerCase(Locale.ROOT) + "." + family + "@example.org",
				Map.of(PersonDetails.ProtectedCharacteristic.RELIGION_OR_BELIEF, "Zoroastrian elder"),
				Set.of(Vulnerability.MENTAL_HEALTH), "Anxious about callers", "Text first, after 6pm");
	}

	@Test
	void nothingPersonalIsKeptInTheClearInAnyTable() throws Exception {
		PersonDetails person = aPerson("Zephyrine");
		long id = people.record(person, "test");
		people.update(id, person, "test");
		people.details(id, "test");

		List<String> found = tablesContaining(person.givenName(), person.familyName(), person.phone(),
				person.phone().replace(" ", ""), "7700" + person.phone().substring(6).replace(" ", ""), person.email(),
				"Zoroastrian elder", "Anxious about callers", "Text first", "NW4 2EU", "NW42EU");
		assertThat(found).as("personal data in the clear").isEmpty();
		assertThat(jdbc.sql("select count(*) from person_lookup where person_id = ?").param(id).query(Long.class).single())
			.as("blind-index rows for the person").isGreaterThanOrEqualTo(7);
	}

	@Test
	void theBlindIndexesFindAPersonHoweverTheValueIsWritten() {
		PersonDetails person = aPerson("Ottoline");
		long id = people.record(person, "test");
		String national = person.phone();
		String international = "+44 " + national.substring(1);

		assertThat(people.find(international)).as("phone as +44").contains(id);
		assertThat(people.find(national.replace(" ", ""))).as("phone without spaces").contains(id);
		assertThat(people.find(person.email().toUpperCase(Locale.ROOT))).as("e-mail in capitals").contains(id);
		assertThat(people.find("  " + person.givenName().toUpperCase(Locale.ROOT) + "   " + person.familyName() + " "))
			.as("full name, any case and spacing").contains(id);
		assertThat(people.find(person.givenName() + " Q")).as("alias").contains(id);
		assertThat(people.find("nw4 2eu")).as("postcode").contains(id);
		assertThat(people.find(person.familyName())).as("a family name alone is no exact look-up").doesNotContain(id);
	}

	@Test
	void everyReadOfPersonalDataIsAudited() {
		PersonDetails person = aPerson("Araminta");
		long id = people.record(person, "test");
		long duplicate = people.record(person, "test");
		assertThat(audited("PERSON_CREATED", id)).isEqualTo(1);

		people.details(id, "case 1 page");
		people.summaries(List.of(id), "case list");
		List<MatchSuggestion> matches = people.suggestMatches(person);
		people.update(id, person, "case 1 page");

		assertThat(matches).extracting(match -> match.person().personId()).contains(id, duplicate);
		assertThat(audited("PERSON_READ", id)).as("details, summary and match suggestion").isEqualTo(3);
		assertThat(jdbc.sql("""
				select count(*) from audit_entry where action = 'PERSON_READ' and record_id = ? and reason = ?""")
			.params(String.valueOf(id), "case 1 page").query(Long.class).single()).as("the reason given").isEqualTo(1);
		assertThat(audited("PERSON_UPDATED", id)).isEqualTo(1);
	}

	@Test
	void aMergeAnswersForBothAndCanBeUndone() {
		PersonDetails person = aPerson("Benedikt");
		long kept = people.record(person, "test");
		long away = people.record(person, "test");
		people.recordInvolvement(kept, victimOf(1));
		people.recordInvolvement(away, victimOf(2));
		people.recordInvolvement(away, victimOf(1));

		long merge = people.merge(kept, away, "Same phone and date of birth");

		assertThat(people.current(away)).isEqualTo(kept);
		assertThat(people.details(away, "test")).contains(person);
		assertThat(people.repeatFlag(away).occasions()).as("both people's occasions, report 1 once").isEqualTo(2);
		assertThat(people.summaries(List.of(away, kept), "test")).hasSize(2).allSatisfy(summary -> {
			assertThat(summary.currentId()).isEqualTo(kept);
			assertThat(summary.repeatFlag().occasions()).as("the flag counts the merged-away person's occasions").isEqualTo(2);
		});
		assertThat(people.suggestMatches(person)).extracting(match -> match.person().personId())
			.as("the merged-away person is no longer suggested").contains(kept).doesNotContain(away);
		assertThat(people.suggestMatches(person)).filteredOn(match -> match.person().personId() == kept).singleElement()
			.satisfies(match -> assertThat(match.person().repeatFlag().occasions()).isEqualTo(2));
		assertThat(records.everythingHeldAbout(kept)).extracting(PersonalDataHolder.HeldRecord::recordId)
			.contains(kept, away);
		assertThat(audited("PEOPLE_MERGED", kept)).isEqualTo(1);

		people.undoMerge(merge, "test");

		assertThat(people.current(away)).isEqualTo(away);
		assertThat(people.repeatFlag(kept).occasions()).isEqualTo(1);
		assertThat(audited("MERGE_UNDONE", away)).isEqualTo(1);
		assertThat(events.stream(PeopleMerged.class).filter(event -> event.mergeId() == merge))
			.containsExactly(new PeopleMerged(merge, kept, away, false), new PeopleMerged(merge, kept, away, true));
	}

	@Test
	void theThirdReportAboutTheSamePersonRaisesTheFlagOnce() {
		long id = people.record(aPerson("Cordelia"), "test");
		people.recordInvolvement(id, victimOf(11));
		people.recordInvolvement(id, victimOf(12));
		assertThat(events.stream(RepeatFlagRaised.class).filter(event -> event.personId() == id)).isEmpty();

		people.recordInvolvement(id, victimOf(13));
		people.recordInvolvement(id, victimOf(13));
		people.recordInvolvement(id, victimOf(14));
		people.recordInvolvement(id, new Involvement("cases", "case_file", 15, PartyRole.VICTIM, LocalDate.now(), true));

		assertThat(people.repeatFlag(id)).isEqualTo(new RepeatFlag(4, 3, 12));
		assertThat(events.stream(RepeatFlagRaised.class).filter(event -> event.personId() == id))
			.as("raised once, when the third occasion arrived").containsExactly(new RepeatFlagRaised(id, new RepeatFlag(3, 3, 12)));
		assertThat(jdbc.sql("select count(*) from person_involvement where person_id = ?").param(id).query(Long.class).single())
			.as("the same involvement twice is kept once").isEqualTo(5);
	}

	@Test
	void aPersonWhoseDetailsCannotBeDecryptedStillLeavesTheListReadable() {
		long readable = people.record(aPerson("Delphine"), "test");
		long broken = people.record(aPerson("Evander"), "test");
		jdbc.sql("update person set sealed_details = ? where id = ?")
			.params(java.util.Base64.getEncoder().encodeToString(new byte[40]), broken).update();

		List<PersonSummary> summaries = people.summaries(List.of(readable, broken), "test");

		assertThat(summaries).extracting(PersonSummary::displayName).hasSize(2)
			.contains("This person\u2019s details cannot be read");
		assertThat(summaries.get(0).displayName()).startsWith("Delphine");
	}

	/** The digits as letters (0 is a, 1 is b...), for names no other test has. */
	static String lettersOf(String digits) {
		return digits.replaceAll("[^0-9]", "").chars().mapToObj(digit -> String.valueOf((char) ('a' + digit - '0')))
			.reduce("", String::concat);
	}

	private static Involvement victimOf(long report) {
		return new Involvement("reporting", "hate_report", report, PartyRole.VICTIM, LocalDate.now().minusDays(report),
				false);
	}

	private long audited(String action, long personId) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and record_type = 'person' and record_id = ?")
			.params(action, String.valueOf(personId)).query(Long.class).single();
	}

	/** Each place in any table that holds one of the needles (support.DatabaseSearch). */
	private List<String> tablesContaining(String... needles) throws Exception {
		return DatabaseSearch.placesHolding(dataSource, List.of("person", "person_lookup", "person_merge", "audit_entry"), needles);
	}

}

package org.safercommunities.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.safercommunities.shared.IndicatorCounts;
import org.safercommunities.shared.UkTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * People who became repeat victims, for the dashboard (source {@code REPEAT_VICTIMS}): by the month of the occasion
 * that brought a person to the threshold ({@link RepeatCount#becameRepeatVictim}, the rule of their repeat flag),
 * each person once a month, the people merged into them counting as them. Counts only: no id or detail leaves this
 * module. Borough only: an involvement records no place, so there is no ward. Months are data from the first
 * occasion as a victim to the last complete month.
 */
@Component
class RepeatVictimCounts implements IndicatorCounts {

	static final String SOURCE = "REPEAT_VICTIMS";

	/** The occasions repeat flags count: involvements as a victim, not the case that repeats its reports. */
	private static final String OCCASIONS = "from person_involvement where role = 'VICTIM' and same_occasion = false";

	private final JdbcClient jdbc;

	private final PeopleSettings settings;

	private final Clock clock;

	RepeatVictimCounts(JdbcClient jdbc, PeopleSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	public boolean ownRecords() {
		return true;
	}

	/** New involvements, merges and their undoing, and the rule itself move the mark. */
	@Override
	public long changeMark() {
		long involvements = jdbc.sql("select count(*), coalesce(max(id), 0) from person_involvement")
			.query((rs, row) -> IndicatorCounts.mark(rs.getLong(1), rs.getLong(2))).single();
		long merges = jdbc.sql("select count(*), count(undone_at) from person_merge")
			.query((rs, row) -> IndicatorCounts.mark(rs.getLong(1), rs.getLong(2))).single();
		return IndicatorCounts.mark(involvements, merges, settings.repeat().count(), settings.repeat().months());
	}

	@Override
	public Optional<Months> monthsHeld() {
		return jdbc.sql("select min(occurred_on), max(occurred_on) " + OCCASIONS).query((rs, row) -> Months.held(rs))
			.single();
	}

	@Override
	public void countMonths(Months months, Consumer<Count> counts) {
		Map<YearMonth, Set<Long>> people = new HashMap<>();
		RepeatCount rule = RepeatCount.of(settings);
		LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
		occasionsByPerson().forEach((person, occasions) -> {
			for (LocalDate day : rule.becameRepeatVictim(occasions.values(), today)) {
				YearMonth month = YearMonth.from(day);
				if (!month.isBefore(months.first()) && !month.isAfter(months.last())) {
					people.computeIfAbsent(month, any -> new HashSet<>()).add(person);
				}
			}
		});
		people.forEach((month, who) -> counts.accept(new Count(ALL, Level.BOROUGH, null, ALL, month.atDay(1), who.size())));
	}

	@Override
	public List<CoveredMonth> coverage(String measure, YearMonth lastComplete) {
		return IndicatorCounts.everyMonthFromTheFirst(monthsHeld(), lastComplete);
	}

	/**
	 * Each person as they now stand (after merges) with the day of each of their occasions, one per record: a
	 * person merged from two records both named on a report has that report once.
	 */
	private Map<Long, Map<String, LocalDate>> occasionsByPerson() {
		Map<Long, Long> mergedInto = new HashMap<>();
		jdbc.sql("select id, merged_into_id from person where merged_into_id is not null")
			.query((java.sql.ResultSet rs) -> {
				mergedInto.put(rs.getLong(1), rs.getLong(2));
			});
		Map<Long, Map<String, LocalDate>> byPerson = new HashMap<>();
		jdbc.sql("select person_id, record_type, record_id, occurred_on " + OCCASIONS).query((java.sql.ResultSet rs) -> {
			long person = current(rs.getLong(1), mergedInto);
			LocalDate day = rs.getObject(4, LocalDate.class);
			byPerson.computeIfAbsent(person, any -> new HashMap<>())
				.merge(rs.getString(2) + "/" + rs.getLong(3), day, (a, b) -> a.isBefore(b) ? a : b);
		});
		return byPerson;
	}

	/** Whom a person's records now count for: the end of their chain of merges (a loop stops where it repeats). */
	private static long current(long person, Map<Long, Long> mergedInto) {
		long id = person;
		Set<Long> seen = new HashSet<>();
		while (mergedInto.containsKey(id) && seen.add(id)) {
			id = mergedInto.get(id);
		}
		return id;
	}

}

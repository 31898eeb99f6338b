package org.safercommunities.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.safercommunities.people.Involvement.PartyRole;

/**
 * Counts a person's distinct occasions as a victim within the window, for their {@link RepeatFlag}: involvements as
 * a victim from {@code months} months before today up to today, one per record (a person merged from two records
 * both named on a report counts it once), leaving out cases opened from reports already counted. Pure code.
 */
record RepeatCount(int threshold, int months) {

	static RepeatCount of(PeopleSettings settings) {
		return new RepeatCount(settings.repeat().count(), settings.repeat().months());
	}

	/** The first day inside the window ending today. */
	LocalDate windowStart(LocalDate today) {
		return today.minusMonths(months);
	}

	/**
	 * The days a person became a repeat victim, oldest first: each occasion that brought their occasions within the
	 * window ending that day to the threshold when the day before was below it (a person whose occasions fall out
	 * of the window and later reach it again becomes one again). Occasions after today do not count yet.
	 *
	 * @param occasions the day of each distinct occasion (one per record)
	 */
	List<LocalDate> becameRepeatVictim(Collection<LocalDate> occasions, LocalDate today) {
		List<LocalDate> days = occasions.stream().filter(day -> !day.isAfter(today)).sorted().toList();
		List<LocalDate> onsets = new ArrayList<>();
		for (LocalDate day : new java.util.TreeSet<>(days)) {
			if (within(days, day) >= threshold && within(days, day.minusDays(1)) < threshold) {
				onsets.add(day);
			}
		}
		return onsets;
	}

	/** Occasions in the window ending {@code day}, as {@link #flag} counts them on that day. */
	private long within(List<LocalDate> days, LocalDate day) {
		LocalDate from = windowStart(day);
		return days.stream().filter(occasion -> !occasion.isBefore(from) && !occasion.isAfter(day)).count();
	}

	RepeatFlag flag(Collection<Involvement> involvements, LocalDate today) {
		LocalDate from = windowStart(today);
		long occasions = involvements.stream()
			.filter(involvement -> involvement.role() == PartyRole.VICTIM)
			.filter(involvement -> !involvement.sameOccasionAsItsReports())
			.filter(involvement -> !involvement.occurredOn().isBefore(from) && !involvement.occurredOn().isAfter(today))
			.map(involvement -> involvement.recordType() + "/" + involvement.recordId())
			.distinct()
			.count();
		return new RepeatFlag((int) occasions, threshold, months);
	}

}

package org.safercommunities.people;

import java.time.LocalDate;
import java.util.Collection;

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

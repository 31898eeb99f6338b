package org.safercommunities.engagement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plans a year's Ward Walks: the year is cut into as many equal parts as walks each ward should have, and each ward
 * gets one walk in every part that does not already hold one of its walks. Within a part the wards' days are spread
 * out (ward by ward, on weekdays), so the team does not walk every ward in one week. A part already over by
 * {@code earliest} gets no new walk: it is counted as missed rather than crammed in. Pure: no clock, no database.
 */
final class WalkSchedule {

	/** One walk to create. */
	record Planned(String wardCode, LocalDate on) {
	}

	/**
	 * @param planned the walks to create
	 * @param alreadyPlanned walks of the year that were already planned (or held) and count towards the schedule
	 * @param tooLate walks the schedule wanted in parts of the year already over
	 */
	record Plan(List<Planned> planned, int alreadyPlanned, int tooLate) {
	}

	private WalkSchedule() {
	}

	/**
	 * @param start first day of the year
	 * @param end the day after its last
	 * @param existing the walks each ward already has in the year
	 * @param earliest the first day a new walk may be on (tomorrow)
	 */
	static Plan plan(LocalDate start, LocalDate end, int perWard, List<String> wardCodes,
			Map<String, List<LocalDate>> existing, LocalDate earliest) {
		long days = ChronoUnit.DAYS.between(start, end);
		List<Planned> planned = new ArrayList<>();
		int already = 0;
		int tooLate = 0;
		for (int ward = 0; ward < wardCodes.size(); ward++) {
			String code = wardCodes.get(ward);
			List<LocalDate> held = existing.getOrDefault(code, List.of()).stream()
				.filter(day -> !day.isBefore(start) && day.isBefore(end)).toList();
			already += Math.min(held.size(), perWard);
			int needed = perWard - held.size();
			for (int part = 0; part < perWard && needed > 0; part++) {
				LocalDate partStart = start.plusDays(days * part / perWard);
				LocalDate partEnd = start.plusDays(days * (part + 1) / perWard);
				if (held.stream().anyMatch(day -> !day.isBefore(partStart) && day.isBefore(partEnd))) {
					continue;
				}
				needed--;
				long length = ChronoUnit.DAYS.between(partStart, partEnd);
				LocalDate day = partStart.plusDays(length * ward / Math.max(1, wardCodes.size()));
				if (day.isBefore(earliest)) {
					day = earliest;
				}
				day = weekday(day, partEnd);
				if (day == null) {
					tooLate++;
				}
				else {
					planned.add(new Planned(code, day));
				}
			}
		}
		return new Plan(planned, already, tooLate);
	}

	/** The day itself, or the next weekday before {@code end}; null when none is left. */
	private static LocalDate weekday(LocalDate day, LocalDate end) {
		for (LocalDate next = day; next.isBefore(end); next = next.plusDays(1)) {
			if (next.getDayOfWeek() != DayOfWeek.SATURDAY && next.getDayOfWeek() != DayOfWeek.SUNDAY) {
				return next;
			}
		}
		return null;
	}

}

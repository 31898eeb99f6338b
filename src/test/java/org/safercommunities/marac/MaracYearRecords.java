package org.safercommunities.marac;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationContext;

/**
 * Seed 001's Table 1 (2022/23: cases on the CS MARAC, new cases and closed cases at each of 8 meetings), held
 * through the module's own services in the financial year a test chooses, so tests of different years never count
 * each other's meetings. For other modules' tests too (the annual report's figures).
 */
public final class MaracYearRecords {

	static final int[] HEARD = { 26, 23, 23, 16, 16, 19, 20, 16 };

	static final int[] NEW = { 7, 5, 3, 2, 2, 6, 3, 1 };

	static final int[] CLOSED = { 8, 3, 10, 2, 3, 2, 5, 1 };

	private final MaracMeetings meetings;

	private final MaracReferrals referrals;

	private MaracYearRecords(ApplicationContext context) {
		this.meetings = context.getBean(MaracMeetings.class);
		this.referrals = context.getBean(MaracReferrals.class);
	}

	public static MaracYearRecords from(ApplicationContext context) {
		return new MaracYearRecords(context);
	}

	/**
	 * Holds the 8 meetings of the financial year starting in April {@code startYear}, every six weeks from the
	 * 13th, after one meeting in March before it where the 19 cases under review at the first were new.
	 *
	 * @return how many cases were heard again after being closed (Table 1 has one: 23 - 10 + 2 = 15 left open
	 *     after the 3rd meeting, but 16 under review at the 4th)
	 */
	public int seedTableOne(long council, int startYear) {
		Deque<Long> open = new ArrayDeque<>();
		Deque<Long> closed = new ArrayDeque<>();
		long before = meetings.hold(LocalDate.of(startYear, 3, 1), "Chair", List.of(council));
		for (int i = 0; i < HEARD[0] - NEW[0]; i++) {
			long referral = refer(council, LocalDate.of(startYear, 2, 1));
			meetings.hear(before, referral);
			open.add(referral);
		}
		List<LocalDate> dates = meetings.schedule(LocalDate.of(startYear, 4, 13), 8);
		int reheardAfterClosing = 0;
		for (int m = 0; m < 8; m++) {
			long meeting = meetings.hold(dates.get(m), "Chair", List.of(council));
			List<Long> heard = new ArrayList<>();
			for (int i = 0; i < HEARD[m] - NEW[m]; i++) {
				if (open.isEmpty()) {
					heard.add(closed.pop());
					reheardAfterClosing++;
				}
				else {
					heard.add(open.pop());
				}
			}
			for (int i = 0; i < NEW[m]; i++) {
				heard.add(refer(council, dates.get(m).minusDays(7)));
			}
			for (int i = 0; i < heard.size(); i++) {
				long hearing = meetings.hear(meeting, heard.get(i));
				boolean close = i < CLOSED[m];
				meetings.decide(hearing, close ? MaracMeetings.Decision.CLOSE : MaracMeetings.Decision.KEEP,
						close ? "Resolved" : null);
				(close ? closed : open).add(heard.get(i));
			}
		}
		return reheardAfterClosing;
	}

	/** The meetings' dates: every six weeks from 13 April. */
	public List<LocalDate> meetingDates(int startYear) {
		return meetings.schedule(LocalDate.of(startYear, 4, 13), 8);
	}

	private long refer(long organisation, LocalDate on) {
		return referrals.record(on.toEpochDay(), "C-" + on, organisation, Set.of(Criterion.HIGH_RISK), "High risk",
				Set.of(), on);
	}

}

package org.safercommunities.marac;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The annual report's Table 1 (seed 001 section 4.1.4): for each meeting in a period, the cases heard ("cases on
 * the CS MARAC"), the new ones and the ones closed, and the averages per meeting over the period.
 */
@Component
class MaracStatistics {

	private final JdbcClient jdbc;

	MaracStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Meetings held from {@code from} to {@code to} inclusive, in date order. */
	Table table(LocalDate from, LocalDate to) {
		List<MeetingFigures> meetings = jdbc.sql("""
				select m.id, m.held_on, count(h.id),
				  coalesce(sum(case when h.kind = 'NEW' then 1 else 0 end), 0),
				  coalesce(sum(case when h.decision = 'CLOSE' then 1 else 0 end), 0)
				from marac_meeting m left join marac_hearing h on h.meeting_id = m.id
				where m.held_on >= ? and m.held_on <= ?
				group by m.id, m.held_on order by m.held_on, m.id""")
			.params(from, to)
			.query((rs, row) -> new MeetingFigures(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3),
					rs.getLong(4), rs.getLong(5)))
			.list();
		return new Table(meetings);
	}

	/** The day of the first meeting held; none before any. */
	java.util.Optional<LocalDate> firstMeeting() {
		return jdbc.sql("select min(held_on) from marac_meeting").query(LocalDate.class).list().stream()
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}

	record MeetingFigures(long meetingId, LocalDate heldOn, long heard, long newCases, long closed) {
	}

	record Table(List<MeetingFigures> meetings) {

		public long totalHeard() {
			return meetings.stream().mapToLong(MeetingFigures::heard).sum();
		}

		public long totalNew() {
			return meetings.stream().mapToLong(MeetingFigures::newCases).sum();
		}

		public long totalClosed() {
			return meetings.stream().mapToLong(MeetingFigures::closed).sum();
		}

		public BigDecimal averageHeard() {
			return average(totalHeard());
		}

		public BigDecimal averageNew() {
			return average(totalNew());
		}

		public BigDecimal averageClosed() {
			return average(totalClosed());
		}

		/** Exact to three places (an eighth is 0.125); none when no meeting was held. */
		private BigDecimal average(long total) {
			return meetings.isEmpty() ? null
					: BigDecimal.valueOf(total).divide(BigDecimal.valueOf(meetings.size()), 3, RoundingMode.HALF_UP);
		}

	}

}

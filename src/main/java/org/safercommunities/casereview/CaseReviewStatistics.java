package org.safercommunities.casereview;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures the statutory guidance expects a partnership to publish each year (seed 001 section 4.1.2: "11
 * Community Triggers submitted … 5 … accepted and 6 rejected"), for the financial year of applications received.
 */
@Component
class CaseReviewStatistics {

	private final JdbcClient jdbc;

	CaseReviewStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The year from 1 April {@code startYear} to 31 March of the next. */
	Year year(int startYear) {
		LocalDate from = LocalDate.of(startYear, 4, 1);
		return between(startYear, from, from.plusYears(1));
	}

	/** Applications received from {@code from} up to but not including {@code to}. */
	Year between(int startYear, LocalDate from, LocalDate to) {
		Year year = jdbc.sql("""
				select count(*),
				  coalesce(sum(case when accepted then 1 else 0 end), 0),
				  coalesce(sum(case when accepted = false then 1 else 0 end), 0),
				  coalesce(sum(case when review_held_on is not null then 1 else 0 end), 0),
				  coalesce(sum(case when appeal_received_on is not null then 1 else 0 end), 0),
				  coalesce(sum(case when appeal_upheld then 1 else 0 end), 0)
				from casereview_application where received_on >= ? and received_on < ?""")
			.params(from, to)
			.query((rs, row) -> new Year(startYear, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6), new EnumMap<>(Outcome.class)))
			.single();
		jdbc.sql("""
				select outcome, count(*) from casereview_application
				where received_on >= ? and received_on < ? and outcome is not null group by outcome""")
			.params(from, to)
			.query((java.sql.ResultSet rs) -> {
				year.outcomes().put(Outcome.valueOf(rs.getString(1)), rs.getLong(2));
			});
		return year;
	}

	/** The day the first application was received, if any: the year before that holds no records, not none. */
	java.util.Optional<LocalDate> firstReceived() {
		return jdbc.sql("select min(received_on) from casereview_application").query(LocalDate.class).list().stream()
			.filter(java.util.Objects::nonNull).findFirst();
	}

	/**
	 * @param thresholdMet applications accepted for a review (the threshold met, or the officer's decision)
	 * @param notAccepted applications not accepted (still responded to, and reviewed when decided so)
	 */
	record Year(int startYear, long applications, long thresholdMet, long notAccepted, long reviewsHeld,
			long appeals, long appealsUpheld, Map<Outcome, Long> outcomes) {

		public String label() {
			return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
		}

	}

}

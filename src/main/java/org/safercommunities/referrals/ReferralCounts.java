package org.safercommunities.referrals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.safercommunities.shared.IndicatorCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Referrals for the dashboard (source {@code REFERRALS}), by the month sent, for the borough, all receiving
 * organisations ({@link IndicatorCounts#ALL}) and by the receiving organisation's name as the breakdown. Measures:
 * {@code ALL} referrals made; {@code ACCEPTED}; {@code ANSWERED} (accepted or declined) and
 * {@code ANSWERED_IN_TIME} (on or before the deadline), the pair a "% answered within the deadline" divides; and
 * {@code VICTIMS_REFERRED_TO_SUPPORT}, the people referred to a victim support service (the Victims' Code
 * measure's numerator; a referral with no person record counts as one person).
 */
@Component
class ReferralCounts implements IndicatorCounts {

	static final List<String> MEASURES = List.of(ALL, "ACCEPTED", "ANSWERED", "ANSWERED_IN_TIME",
			"VICTIMS_REFERRED_TO_SUPPORT");

	private final JdbcClient jdbc;

	ReferralCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String source() {
		return Referrals.SOURCE;
	}

	@Override
	public boolean ownRecords() {
		return true;
	}

	/** Every answer bumps the row's version, so the sum of versions changes with any count. */
	@Override
	public long changeMark() {
		return jdbc.sql("select count(*), coalesce(max(id), 0), coalesce(sum(version), 0) from referral")
			.query((rs, row) -> IndicatorCounts.mark(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	@Override
	public Optional<Months> monthsHeld() {
		return jdbc.sql("select min(sent_on), max(sent_on) from referral").query((rs, row) -> Months.held(rs)).single();
	}

	@Override
	public void countMonths(Months months, Consumer<Count> counts) {
		LocalDate from = months.first().atDay(1);
		LocalDate to = months.last().plusMonths(1).atDay(1);
		jdbc.sql("""
				select extract(year from sent_on), extract(month from sent_on), receiving_name, count(*),
				  sum(case when accepted_on is not null then 1 else 0 end),
				  sum(case when answered_on is not null then 1 else 0 end),
				  sum(case when answered_on is not null and answered_on <= due_on then 1 else 0 end),
				  count(distinct case when victim_support then coalesce(person_id, -id) end)
				from referral where sent_on >= ? and sent_on < ?
				group by extract(year from sent_on), extract(month from sent_on), receiving_name""")
			.params(from, to)
			.query((java.sql.ResultSet rs) -> {
				LocalDate period = LocalDate.of(rs.getInt(1), rs.getInt(2), 1);
				String receiver = rs.getString(3);
				for (int measure = 0; measure < MEASURES.size(); measure++) {
					long count = rs.getLong(4 + measure);
					for (String breakdown : List.of(ALL, receiver)) {
						counts.accept(new Count(MEASURES.get(measure), Level.BOROUGH, null, breakdown, period, count));
					}
				}
			});
	}

	@Override
	public List<CoveredMonth> coverage(String measure, YearMonth lastComplete) {
		return IndicatorCounts.everyMonthFromTheFirst(monthsHeld(), lastComplete);
	}

}

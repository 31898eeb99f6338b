package org.safercommunities.referrals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.Optional;
import java.util.function.Consumer;

import org.safercommunities.cases.CaseVictims;
import org.safercommunities.cases.CaseVictims.CaseVictim;
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
 * <p>
 * The Victims' Code measure as a percentage, by the month a case was opened (borough, all receivers only):
 * {@code VICTIMS_ON_CASES}, the people who are victims on the cases opened in the month (the cases module's
 * {@link CaseVictims}, ids only), and {@code VICTIMS_ON_CASES_REFERRED}, those of them referred to a victim support
 * service (from that case, or as that person from anywhere). A person on two cases in a month counts once.
 */
@Component
class ReferralCounts implements IndicatorCounts {

	static final List<String> MEASURES = List.of(ALL, "ACCEPTED", "ANSWERED", "ANSWERED_IN_TIME",
			"VICTIMS_REFERRED_TO_SUPPORT");

	static final String VICTIMS_ON_CASES = "VICTIMS_ON_CASES";

	static final String VICTIMS_ON_CASES_REFERRED = "VICTIMS_ON_CASES_REFERRED";

	private final JdbcClient jdbc;

	private final CaseVictims victims;

	ReferralCounts(JdbcClient jdbc, CaseVictims victims) {
		this.jdbc = jdbc;
		this.victims = victims;
	}

	@Override
	public String source() {
		return Referrals.SOURCE;
	}

	@Override
	public boolean ownRecords() {
		return true;
	}

	/**
	 * Every answer bumps the row's version, so the sum of versions changes with any count; a new case or party
	 * moves the victims' base.
	 */
	@Override
	public long changeMark() {
		long referrals = jdbc.sql("select count(*), coalesce(max(id), 0), coalesce(sum(version), 0) from referral")
			.query((rs, row) -> IndicatorCounts.mark(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
		return IndicatorCounts.mark(referrals, victims.changeMark());
	}

	@Override
	public Optional<Months> monthsHeld() {
		Optional<Months> sent = jdbc.sql("select min(sent_on), max(sent_on) from referral")
			.query((rs, row) -> Months.held(rs)).single();
		Optional<Months> cases = victims.monthsHeld();
		return sent.isEmpty() ? cases : cases.map(held -> held.span(sent.get())).or(() -> sent);
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
		countVictimsReferred(from, to, counts);
	}

	/** Of the victims on the cases opened each month, how many were referred to a victim support service. */
	private void countVictimsReferred(LocalDate from, LocalDate to, Consumer<Count> counts) {
		Set<Long> referredPeople = new HashSet<>(jdbc.sql(
				"select distinct person_id from referral where victim_support and person_id is not null")
			.query(Long.class).list());
		Set<Long> referredCases = new HashSet<>(jdbc.sql(
				"select distinct case_id from referral where victim_support and case_id is not null")
			.query(Long.class).list());
		Map<YearMonth, Set<Long>> onCases = new TreeMap<>();
		Map<YearMonth, Set<Long>> referred = new TreeMap<>();
		for (CaseVictim victim : victims.ofCasesOpened(from, to)) {
			YearMonth month = YearMonth.from(victim.openedOn());
			onCases.computeIfAbsent(month, m -> new HashSet<>()).add(victim.personId());
			if (referredPeople.contains(victim.personId()) || referredCases.contains(victim.caseId())) {
				referred.computeIfAbsent(month, m -> new HashSet<>()).add(victim.personId());
			}
		}
		onCases.forEach((month, people) -> {
			counts.accept(new Count(VICTIMS_ON_CASES, Level.BOROUGH, null, ALL, month.atDay(1), people.size()));
			counts.accept(new Count(VICTIMS_ON_CASES_REFERRED, Level.BOROUGH, null, ALL, month.atDay(1),
					referred.getOrDefault(month, Set.of()).size()));
		});
	}

	@Override
	public List<CoveredMonth> coverage(String measure, YearMonth lastComplete) {
		return IndicatorCounts.everyMonthFromTheFirst(monthsHeld(), lastComplete);
	}

}

package org.safercommunities.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.safercommunities.shared.IndicatorCounts;
import org.safercommunities.shared.IndicatorCounts.Months;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The victims on cases, by the day each case was opened, as ids only (no personal data, so nothing to audit): the
 * base of the Victims' Code measure "% of victims referred to support" that the referrals module counts. Read by
 * the dashboard's refresh, with no one signed in.
 */
@Service
@Transactional(readOnly = true)
public class CaseVictims {

	private final JdbcClient jdbc;

	CaseVictims(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A victim of a case (a person id of the people module), with the day the case was opened. */
	public record CaseVictim(long caseId, long personId, LocalDate openedOn) {
	}

	/** The victims of the cases opened from {@code from} to before {@code until}. */
	public List<CaseVictim> ofCasesOpened(LocalDate from, LocalDate until) {
		return jdbc.sql("select f.id, p.person_id, f.opened_on from case_file f join case_party p on p.case_id = f.id "
				+ "where p.role = 'VICTIM' and f.opened_on >= ? and f.opened_on < ? order by f.opened_on, f.id")
			.params(from, until)
			.query((rs, row) -> new CaseVictim(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)))
			.list();
	}

	/** The months from the first to the last case opened with a victim; empty when there is none. */
	public Optional<Months> monthsHeld() {
		return jdbc.sql("select min(f.opened_on), max(f.opened_on) from case_file f where exists "
				+ "(select 1 from case_party p where p.case_id = f.id and p.role = 'VICTIM')")
			.query((rs, row) -> Months.held(rs)).single();
	}

	/** Moves whenever a case is opened or a party added or removed, so counts built on the victims are refreshed. */
	public long changeMark() {
		long cases = jdbc.sql("select count(*), coalesce(max(id), 0) from case_file")
			.query((rs, row) -> IndicatorCounts.mark(rs.getLong(1), rs.getLong(2))).single();
		long parties = jdbc.sql("select count(*), coalesce(max(id), 0) from case_party")
			.query((rs, row) -> IndicatorCounts.mark(rs.getLong(1), rs.getLong(2))).single();
		return IndicatorCounts.mark(cases, parties);
	}

}

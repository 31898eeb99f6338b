package org.safercommunities.cases;

import java.util.ArrayList;
import java.util.List;

import org.safercommunities.people.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cases naming a person (as a party) and the documents on those cases (a statement or letter may be about
 * them), for subject access, erasure and retention through the people module.
 */
@Component
class CasePersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	CasePersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private List<HeldRecord> cases(long personId) {
		return jdbc.sql("select c.id, c.reference, p.role from case_party p join case_file c on c.id = p.case_id "
				+ "where p.person_id = ? order by c.id")
			.param(personId)
			.query((rs, row) -> new HeldRecord("cases", "case_file", rs.getLong(1),
					rs.getString(2) + " " + rs.getString(3)))
			.list();
	}

	@Override
	public List<HeldRecord> recordsAbout(long personId) {
		List<HeldRecord> records = new ArrayList<>(cases(personId));
		records.addAll(jdbc.sql("select d.id, c.reference from case_document d join case_file c on c.id = d.case_id "
				+ "where d.case_id in (select case_id from case_party where person_id = ?) order by d.id")
			.param(personId)
			.query((rs, row) -> new HeldRecord("cases", "case_document", rs.getLong(1), rs.getString(2) + " document"))
			.list());
		return records;
	}

}

package org.safercommunities.cases;

import java.util.List;

import org.safercommunities.people.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The cases naming a person (as a party), for subject access, erasure and retention through the people module. */
@Component
class CasePersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	CasePersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<HeldRecord> recordsAbout(long personId) {
		return jdbc.sql("select c.id, c.reference, p.role from case_party p join case_file c on c.id = p.case_id "
				+ "where p.person_id = ? order by c.id")
			.param(personId)
			.query((rs, row) -> new HeldRecord("cases", "case_file", rs.getLong(1),
					rs.getString(2) + " " + rs.getString(3)))
			.list();
	}

}

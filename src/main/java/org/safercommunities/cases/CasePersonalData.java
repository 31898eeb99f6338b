package org.safercommunities.cases;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.people.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cases naming a person (as a party) and the documents on those cases (a statement or letter may be about
 * them), for subject access, erasure and retention through the people module; and, as ids only, the cases a person
 * is a party to for the modules that hold records about cases ({@link CasePartiesOfPerson}).
 */
@Component
class CasePersonalData implements PersonalDataHolder, CasePartiesOfPerson {

	private final JdbcClient jdbc;

	private final FieldEncryption encryption;

	CasePersonalData(JdbcClient jdbc, FieldEncryption encryption) {
		this.jdbc = jdbc;
		this.encryption = encryption;
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

	/**
	 * Each case the person is a party to, as the case file holds it: their role, the type, title, status, dates,
	 * account, place, outcome and closure reason. The case's other parties are third parties (their details are
	 * removed from every field by the export); documents are listed by {@link #recordsAbout}, not copied here, as
	 * each must be read by a person before release.
	 */
	@Override
	public List<Disclosure> disclose(long personId) {
		return jdbc.sql("""
				select c.id, c.reference, t.name, c.title, c.status, c.opened_on, c.closed_on, c.outcome, c.account,
				  c.place_description, c.closure_reason, p.role
				from case_party p join case_file c on c.id = p.case_id join case_type t on t.code = c.type_code
				where p.person_id = ? order by c.id, p.role""")
			.param(personId)
			.query((rs, row) -> {
				long caseId = rs.getLong(1);
				Items items = new Items();
				items.add("sar.cases.reference", rs.getString(2));
				items.add("sar.cases.role", rs.getString(12));
				items.add("sar.cases.type", rs.getString(3));
				items.add("sar.cases.title", rs.getString(4));
				items.add("sar.cases.status", rs.getString(5));
				items.add("sar.cases.opened-on", rs.getDate(6));
				items.add("sar.cases.closed-on", rs.getDate(7));
				items.add("sar.cases.outcome", rs.getString(8));
				items.add("sar.cases.account", open(rs.getString(9)));
				items.add("sar.cases.place", open(rs.getString(10)));
				items.add("sar.cases.closure-reason", open(rs.getString(11)));
				return new Disclosure("cases", "case_file", caseId, rs.getString(2), items.list(), otherParties(caseId, personId));
			})
			.list();
	}

	@Override
	public List<PartyIn> casesOf(long personId) {
		return jdbc.sql("select c.id, c.reference, p.role from case_party p join case_file c on c.id = p.case_id "
				+ "where p.person_id = ? order by c.id, p.role")
			.param(personId)
			.query((rs, row) -> new PartyIn(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	@Override
	public Set<Long> otherParties(long caseId, long personId) {
		return new LinkedHashSet<>(jdbc.sql("select distinct person_id from case_party where case_id = ? and person_id <> ?")
			.params(caseId, personId)
			.query(Long.class)
			.list());
	}

	private String open(String ciphertext) {
		return ciphertext == null ? null : encryption.decrypt(ciphertext);
	}


}

package org.safercommunities.enforcement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.people.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tools and powers served on a person, the fixed penalty notices issued to them and the evidence they gave as
 * a witness (criminal-offence data, UK GDPR art. 10), for subject access through the people module. None names
 * another person: the case's other parties stay with the case.
 */
@Component
class EnforcementPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	private final FieldEncryption encryption;

	EnforcementPersonalData(JdbcClient jdbc, FieldEncryption encryption) {
		this.jdbc = jdbc;
		this.encryption = encryption;
	}

	@Override
	public List<HeldRecord> recordsAbout(long personId) {
		List<HeldRecord> records = new ArrayList<>();
		records.addAll(jdbc.sql("select id, kind from enforcement_action where recipient_person_id = ? order by id")
			.param(personId)
			.query((rs, row) -> new HeldRecord("enforcement", "enforcement_action", rs.getLong(1), rs.getString(2)))
			.list());
		records.addAll(jdbc.sql("select id, offence_code from enforcement_penalty where recipient_person_id = ? order by id")
			.param(personId)
			.query((rs, row) -> new HeldRecord("enforcement", "enforcement_penalty", rs.getLong(1), rs.getString(2)))
			.list());
		records.addAll(jdbc.sql("select id, kind from enforcement_evidence where witness_person_id = ? order by id")
			.param(personId)
			.query((rs, row) -> new HeldRecord("enforcement", "enforcement_evidence", rs.getLong(1), rs.getString(2)))
			.list());
		return records;
	}

	@Override
	public List<Disclosure> disclose(long personId) {
		List<Disclosure> disclosures = new ArrayList<>();
		disclosures.addAll(jdbc.sql("select id, kind, issued_on, premises, conditions, compliance_on, in_force_until, "
				+ "no_warning_reason, withdrawn_reason from enforcement_action where recipient_person_id = ? order by id")
			.param(personId)
			.query((rs, row) -> {
				Items items = new Items();
				items.add("sar.enforcement.kind", rs.getString(2));
				items.add("sar.enforcement.issued-on", rs.getDate(3));
				items.add("sar.enforcement.premises", open(rs.getString(4)));
				items.add("sar.enforcement.conditions", open(rs.getString(5)));
				items.add("sar.enforcement.compliance-on", rs.getDate(6));
				items.add("sar.enforcement.in-force-until", rs.getDate(7));
				items.add("sar.enforcement.no-warning-reason", open(rs.getString(8)));
				items.add("sar.enforcement.withdrawn-reason", open(rs.getString(9)));
				return new Disclosure("enforcement", "enforcement_action", rs.getLong(1), rs.getString(2) + " " + rs.getLong(1),
						items.list(), Set.of());
			})
			.list());
		disclosures.addAll(jdbc.sql("select id, offence_code, issued_on, amount_pence, early_amount_pence, due_on, "
				+ "status, paid_on, paid_pence, cancel_reason from enforcement_penalty where recipient_person_id = ? order by id")
			.param(personId)
			.query((rs, row) -> {
				Items items = new Items();
				items.add("sar.enforcement.offence-code", rs.getString(2));
				items.add("sar.enforcement.issued-on", rs.getDate(3));
				items.add("sar.enforcement.amount-pence", String.valueOf(rs.getLong(4)));
				items.add("sar.enforcement.early-amount-pence", String.valueOf(rs.getLong(5)));
				items.add("sar.enforcement.due-on", rs.getDate(6));
				items.add("sar.enforcement.status", rs.getString(7));
				items.add("sar.enforcement.paid-on", rs.getDate(8));
				items.add("sar.enforcement.paid-pence", rs.getObject(9) == null ? null : String.valueOf(rs.getLong(9)));
				items.add("sar.enforcement.cancel-reason", open(rs.getString(10)));
				return new Disclosure("enforcement", "enforcement_penalty", rs.getLong(1), "FPN " + rs.getLong(1), items.list(),
						Set.of());
			})
			.list());
		disclosures.addAll(jdbc.sql("select id, kind, reference, recorded_at from enforcement_evidence "
				+ "where witness_person_id = ? order by id")
			.param(personId)
			.query((rs, row) -> {
				Items items = new Items();
				items.add("sar.enforcement.evidence-kind", rs.getString(2));
				items.add("sar.enforcement.evidence-reference", open(rs.getString(3)));
				return new Disclosure("enforcement", "enforcement_evidence", rs.getLong(1), rs.getString(2) + " " + rs.getLong(1),
						items.list(), Set.of());
			})
			.list());
		return disclosures;
	}

	private String open(String ciphertext) {
		return ciphertext == null ? null : encryption.decrypt(ciphertext);
	}



}

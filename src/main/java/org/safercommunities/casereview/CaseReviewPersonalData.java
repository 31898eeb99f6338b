package org.safercommunities.casereview;

import java.util.List;
import java.util.Set;

import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.people.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ASB Case Review applications a person made, with their decision and outcome, for subject access. */
@Component
class CaseReviewPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	private final FieldEncryption encryption;

	CaseReviewPersonalData(JdbcClient jdbc, FieldEncryption encryption) {
		this.jdbc = jdbc;
		this.encryption = encryption;
	}

	@Override
	public List<HeldRecord> recordsAbout(long personId) {
		return jdbc.sql("select id, reference from casereview_application where applicant_person_id = ? order by id")
			.param(personId)
			.query((rs, row) -> new HeldRecord("casereview", "casereview_application", rs.getLong(1), rs.getString(2)))
			.list();
	}

	@Override
	public List<Disclosure> disclose(long personId) {
		return jdbc.sql("select id, reference, received_on, problem_encrypted, location_encrypted, decided_on, accepted, "
				+ "decision_reason_encrypted, review_held_on, recommendations_encrypted, outcome, outcome_sent_on, "
				+ "appeal_received_on, appeal_reason_encrypted, appeal_decided_on "
				+ "from casereview_application where applicant_person_id = ? order by id")
			.param(personId)
			.query((rs, row) -> {
				Items items = new Items();
				items.add("sar.casereview.reference", rs.getString(2));
				items.add("sar.casereview.received-on", rs.getDate(3));
				items.add("sar.casereview.problem", open(rs.getString(4)));
				items.add("sar.casereview.location", open(rs.getString(5)));
				items.add("sar.casereview.decided-on", rs.getDate(6));
				items.add("sar.casereview.accepted", rs.getObject(7) == null ? null : String.valueOf(rs.getBoolean(7)));
				items.add("sar.casereview.decision-reason", open(rs.getString(8)));
				items.add("sar.casereview.review-held-on", rs.getDate(9));
				items.add("sar.casereview.recommendations", open(rs.getString(10)));
				items.add("sar.casereview.outcome", rs.getString(11));
				items.add("sar.casereview.outcome-sent-on", rs.getDate(12));
				items.add("sar.casereview.appeal-received-on", rs.getDate(13));
				items.add("sar.casereview.appeal-reason", open(rs.getString(14)));
				items.add("sar.casereview.appeal-decided-on", rs.getDate(15));
				return new Disclosure("casereview", "casereview_application", rs.getLong(1), rs.getString(2), items.list(),
						Set.of());
			})
			.list();
	}

	private String open(String ciphertext) {
		return ciphertext == null ? null : encryption.decrypt(ciphertext);
	}



}

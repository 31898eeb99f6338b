package org.safercommunities.casereview;

import java.sql.Date;
import java.util.ArrayList;
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
				List<Item> items = new ArrayList<>();
				add(items, "sar.casereview.reference", rs.getString(2));
				add(items, "sar.casereview.received-on", day(rs.getDate(3)));
				add(items, "sar.casereview.problem", open(rs.getString(4)));
				add(items, "sar.casereview.location", open(rs.getString(5)));
				add(items, "sar.casereview.decided-on", day(rs.getDate(6)));
				add(items, "sar.casereview.accepted", rs.getObject(7) == null ? null : String.valueOf(rs.getBoolean(7)));
				add(items, "sar.casereview.decision-reason", open(rs.getString(8)));
				add(items, "sar.casereview.review-held-on", day(rs.getDate(9)));
				add(items, "sar.casereview.recommendations", open(rs.getString(10)));
				add(items, "sar.casereview.outcome", rs.getString(11));
				add(items, "sar.casereview.outcome-sent-on", day(rs.getDate(12)));
				add(items, "sar.casereview.appeal-received-on", day(rs.getDate(13)));
				add(items, "sar.casereview.appeal-reason", open(rs.getString(14)));
				add(items, "sar.casereview.appeal-decided-on", day(rs.getDate(15)));
				return new Disclosure("casereview", "casereview_application", rs.getLong(1), rs.getString(2), items,
						Set.of());
			})
			.list();
	}

	private String open(String ciphertext) {
		return ciphertext == null ? null : encryption.decrypt(ciphertext);
	}

	private static String day(Date date) {
		return date == null ? null : date.toLocalDate().toString();
	}

	private static void add(List<Item> items, String key, String value) {
		if (value != null && !value.isBlank()) {
			items.add(new Item(key, value.strip()));
		}
	}

}

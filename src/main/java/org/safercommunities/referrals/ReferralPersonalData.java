package org.safercommunities.referrals;

import java.util.List;
import java.util.Set;

import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.people.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The referrals made about a person: to whom, on what basis, what was shared and what became of it, for subject
 * access through the people module. The account may name others; the export removes the case's other parties.
 */
@Component
class ReferralPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	private final FieldEncryption encryption;

	ReferralPersonalData(JdbcClient jdbc, FieldEncryption encryption) {
		this.jdbc = jdbc;
		this.encryption = encryption;
	}

	@Override
	public List<HeldRecord> recordsAbout(long personId) {
		return jdbc.sql("select id, status from referral where person_id = ? order by id")
			.param(personId)
			.query((rs, row) -> new HeldRecord("referrals", "referral", rs.getLong(1), rs.getString(2)))
			.list();
	}

	@Override
	public List<Disclosure> disclose(long personId) {
		return jdbc.sql("select id, sending_name, receiving_name, basis, basis_reason, summary, account, contact_details, "
				+ "status, sent_on, due_on, accepted_on, contact_made_on, completed_on, decline_reason, outcome, "
				+ "consent_withdrawn_at from referral where person_id = ? order by id")
			.param(personId)
			.query((rs, row) -> {
				Items items = new Items();
				items.add("sar.referrals.from", rs.getString(2));
				items.add("sar.referrals.to", rs.getString(3));
				items.add("sar.referrals.basis", rs.getString(4));
				items.add("sar.referrals.basis-reason", open(rs.getString(5)));
				items.add("sar.referrals.summary", open(rs.getString(6)));
				items.add("sar.referrals.account", open(rs.getString(7)));
				items.add("sar.referrals.contact-details", open(rs.getString(8)));
				items.add("sar.referrals.status", rs.getString(9));
				items.add("sar.referrals.sent-on", rs.getDate(10));
				items.add("sar.referrals.due-on", rs.getDate(11));
				items.add("sar.referrals.accepted-on", rs.getDate(12));
				items.add("sar.referrals.contact-made-on", rs.getDate(13));
				items.add("sar.referrals.completed-on", rs.getDate(14));
				items.add("sar.referrals.decline-reason", open(rs.getString(15)));
				items.add("sar.referrals.outcome", open(rs.getString(16)));
				items.add("sar.referrals.consent-withdrawn-at",
						rs.getTimestamp(17) == null ? null : rs.getTimestamp(17).toInstant().toString());
				return new Disclosure("referrals", "referral", rs.getLong(1), "R-" + rs.getLong(1), items.list(), Set.of());
			})
			.list();
	}

	private String open(String ciphertext) {
		return ciphertext == null ? null : encryption.decrypt(ciphertext);
	}



}

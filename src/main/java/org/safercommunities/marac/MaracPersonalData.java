package org.safercommunities.marac;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.cases.CasePartiesOfPerson;
import org.safercommunities.cases.CasePartiesOfPerson.PartyIn;
import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.people.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The CS MARAC referrals of the cases a person is a party to, with each hearing (notes, decision and its reason)
 * and the actions agreed, for subject access through the people module. The case's other parties are third
 * parties (the other subjects of the referral): the export removes their details from every field. A referral is
 * never disclosed to the case's alleged perpetrator (a MARAC never reaches the perpetrator's side; UK GDPR's crime
 * and safeguarding exemptions are the data protection officer's call): it is listed on the administrator's page
 * for them, and left out of the export. Each referral disclosed is audited ({@code MARAC_REFERRAL_READ}).
 */
@Component
class MaracPersonalData implements PersonalDataHolder {

	static final String PERPETRATOR = "ALLEGED_PERPETRATOR";

	private final JdbcClient jdbc;

	private final FieldEncryption encryption;

	private final CasePartiesOfPerson parties;

	private final AuditTrail audit;

	MaracPersonalData(JdbcClient jdbc, FieldEncryption encryption, CasePartiesOfPerson parties, AuditTrail audit) {
		this.jdbc = jdbc;
		this.encryption = encryption;
		this.parties = parties;
		this.audit = audit;
	}

	@Override
	public List<HeldRecord> recordsAbout(long personId) {
		List<HeldRecord> records = new ArrayList<>();
		for (PartyIn party : parties.casesOf(personId)) {
			records.addAll(jdbc.sql("select id, case_reference from marac_referral where case_id = ? order by id")
				.param(party.caseId())
				.query((rs, row) -> new HeldRecord("marac", "marac_referral", rs.getLong(1),
						rs.getString(2) + " " + party.role()))
				.list());
		}
		return records;
	}

	@Override
	public List<Disclosure> disclose(long personId) {
		List<Disclosure> disclosures = new ArrayList<>();
		Set<Long> seen = new LinkedHashSet<>();
		for (PartyIn party : parties.casesOf(personId)) {
			if (PERPETRATOR.equals(party.role())) {
				continue;
			}
			Set<Long> others = parties.otherParties(party.caseId(), personId);
			jdbc.sql("select id, case_reference, referred_on, criteria, reason_encrypted, closed_on from marac_referral "
					+ "where case_id = ? order by id")
				.param(party.caseId())
				.query((rs, row) -> {
					Items items = new Items();
					items.add("sar.marac.case-reference", rs.getString(2));
					items.add("sar.marac.referred-on", rs.getDate(3));
					items.add("sar.marac.criteria", rs.getString(4));
					items.add("sar.marac.reason", open(rs.getString(5)));
					items.add("sar.marac.closed-on", rs.getDate(6));
					return new Referral(rs.getLong(1), rs.getString(2), items);
				})
				.list()
				.stream()
				.filter(referral -> seen.add(referral.id()))
				.forEach(referral -> {
					hearings(referral.id(), referral.items());
					actions(referral.id(), referral.items());
					disclosures.add(new Disclosure("marac", "marac_referral", referral.id(), referral.caseReference(),
							referral.items().list(), others));
				});
		}
		if (!seen.isEmpty()) {
			audit.recordEach("MARAC_REFERRAL_READ", "marac_referral", seen, "subject access export");
		}
		return disclosures;
	}

	private void hearings(long referralId, Items items) {
		jdbc.sql("select m.held_on, h.kind, h.notes_encrypted, h.decision, h.decision_reason_encrypted "
				+ "from marac_hearing h join marac_meeting m on m.id = h.meeting_id where h.referral_id = ? "
				+ "order by m.held_on, h.id")
			.param(referralId)
			.query((rs, row) -> {
				items.add("sar.marac.heard-on", rs.getDate(1));
				items.add("sar.marac.hearing-kind", rs.getString(2));
				items.add("sar.marac.notes", open(rs.getString(3)));
				items.add("sar.marac.decision", rs.getString(4));
				items.add("sar.marac.decision-reason", open(rs.getString(5)));
				return row;
			})
			.list();
	}

	private void actions(long referralId, Items items) {
		jdbc.sql("select description_encrypted, due_on, done_on from marac_action where referral_id = ? order by due_on, id")
			.param(referralId)
			.query((rs, row) -> {
				items.add("sar.marac.action", open(rs.getString(1)));
				items.add("sar.marac.action-due-on", rs.getDate(2));
				items.add("sar.marac.action-done-on", rs.getDate(3));
				return row;
			})
			.list();
	}

	private String open(String ciphertext) {
		return ciphertext == null ? null : encryption.decrypt(ciphertext);
	}

	private record Referral(long id, String caseReference, Items items) {
	}

}

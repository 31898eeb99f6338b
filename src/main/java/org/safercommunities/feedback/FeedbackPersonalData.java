package org.safercommunities.feedback;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.cases.CasePartiesOfPerson;
import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.people.PersonalDataHolder;
import org.safercommunities.reporting.ReportsOfPerson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's answers to the victim feedback survey, for subject access through the people module. An answer holds
 * no name: it is the person's when its invitation was for a report they made ({@link ReportsOfPerson}, which never
 * finds an anonymous report). A comment may name others: the parties of the invitation's case are third parties,
 * removed by the export. Each answer disclosed is audited ({@code FEEDBACK_VIEWED}).
 */
@Component
class FeedbackPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	private final FieldEncryption encryption;

	private final ReportsOfPerson reports;

	private final CasePartiesOfPerson parties;

	private final AuditTrail audit;

	FeedbackPersonalData(JdbcClient jdbc, FieldEncryption encryption, ReportsOfPerson reports,
			CasePartiesOfPerson parties, AuditTrail audit) {
		this.jdbc = jdbc;
		this.encryption = encryption;
		this.reports = reports;
		this.parties = parties;
		this.audit = audit;
	}

	@Override
	public List<HeldRecord> recordsAbout(long personId) {
		Set<Long> made = reports.madeBy(personId);
		if (made.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select r.id, r.answered_on from feedback_response r "
				+ "join feedback_invitation i on i.id = r.invitation_id where i.report_id in (:reports) order by r.id")
			.param("reports", made)
			.query((rs, row) -> new HeldRecord("feedback", "feedback_response", rs.getLong(1), rs.getDate(2).toString()))
			.list();
	}

	@Override
	public List<Disclosure> disclose(long personId) {
		Set<Long> made = reports.madeBy(personId);
		if (made.isEmpty()) {
			return List.of();
		}
		List<Disclosure> disclosures = jdbc.sql("""
				select r.id, r.answered_on, r.listened_to, r.kept_informed, r.support, r.report_again, r.comment,
				  r.quote_consent, i.case_id
				from feedback_response r join feedback_invitation i on i.id = r.invitation_id
				where i.report_id in (:reports) order by r.id""")
			.param("reports", made)
			.query((rs, row) -> {
				Items items = new Items();
				items.add("sar.feedback.answered-on", rs.getDate(2));
				items.add("sar.feedback.listened-to", open(rs.getString(3)));
				items.add("sar.feedback.kept-informed", open(rs.getString(4)));
				items.add("sar.feedback.support", open(rs.getString(5)));
				items.add("sar.feedback.report-again", open(rs.getString(6)));
				items.add("sar.feedback.comment", open(rs.getString(7)));
				items.add("sar.feedback.quote-consent", open(rs.getString(8)));
				long caseId = rs.getLong(9);
				Set<Long> others = rs.wasNull() ? Set.of() : new LinkedHashSet<>(parties.otherParties(caseId, personId));
				return new Disclosure("feedback", "feedback_response", rs.getLong(1), rs.getDate(2).toString(),
						items.list(), others);
			})
			.list();
		if (!disclosures.isEmpty()) {
			audit.recordEach("FEEDBACK_VIEWED", "feedback_response",
					disclosures.stream().map(Disclosure::recordId).toList(), "subject access export");
		}
		return disclosures;
	}

	private String open(String ciphertext) {
		return ciphertext == null ? null : encryption.decrypt(ciphertext);
	}

}

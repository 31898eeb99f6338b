package org.safercommunities.casereview;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** A Case Review application as stored (free text still encrypted). */
record Application(long id, String reference, LocalDate receivedOn, boolean forSomeoneElse, long applicantPersonId,
		String problemEncrypted, String locationEncrypted, boolean hate, LocalDate acknowledgedOn, LocalDate decidedOn,
		Boolean accepted, Boolean thresholdMet, String decisionReasonEncrypted, LocalDate reviewHeldOn,
		String recommendationsEncrypted, Outcome outcome, LocalDate outcomeSentOn, LocalDate appealReceivedOn,
		Boolean appealUpheld, String appealReasonEncrypted, LocalDate appealDecidedOn) {

	static final String COLUMNS = "id, reference, received_on, for_someone_else, applicant_person_id, problem_encrypted, "
			+ "location_encrypted, hate, acknowledged_on, decided_on, accepted, threshold_met, decision_reason_encrypted, "
			+ "review_held_on, recommendations_encrypted, outcome, outcome_sent_on, appeal_received_on, appeal_upheld, "
			+ "appeal_reason_encrypted, appeal_decided_on";

	static Application read(ResultSet rs, int row) throws SQLException {
		String outcome = rs.getString("outcome");
		return new Application(rs.getLong("id"), rs.getString("reference"), rs.getObject("received_on", LocalDate.class),
				rs.getBoolean("for_someone_else"), rs.getLong("applicant_person_id"), rs.getString("problem_encrypted"),
				rs.getString("location_encrypted"), rs.getBoolean("hate"), rs.getObject("acknowledged_on", LocalDate.class),
				rs.getObject("decided_on", LocalDate.class), rs.getObject("accepted", Boolean.class),
				rs.getObject("threshold_met", Boolean.class), rs.getString("decision_reason_encrypted"),
				rs.getObject("review_held_on", LocalDate.class), rs.getString("recommendations_encrypted"),
				outcome == null ? null : Outcome.valueOf(outcome), rs.getObject("outcome_sent_on", LocalDate.class),
				rs.getObject("appeal_received_on", LocalDate.class), rs.getObject("appeal_upheld", Boolean.class),
				rs.getString("appeal_reason_encrypted"), rs.getObject("appeal_decided_on", LocalDate.class));
	}

	/** The step the application waits for, in the procedure's order. */
	public Step nextStep() {
		if (acknowledgedOn == null) {
			return Step.ACKNOWLEDGE;
		}
		if (decidedOn == null) {
			return Step.DECIDE;
		}
		if (reviewHeldOn == null) {
			return Step.REVIEW;
		}
		if (appealReceivedOn != null && appealDecidedOn == null) {
			return Step.APPEAL;
		}
		return Step.DONE;
	}

	enum Step {

		ACKNOWLEDGE, DECIDE, REVIEW, APPEAL, DONE;

		public String messageKey() {
			return "casereview.step." + name();
		}

	}

}

package org.safercommunities.enforcement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.safercommunities.crypto.EncryptedColumn;
import org.safercommunities.crypto.FieldEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The register's rows: personal text encrypted on the way in and decrypted on the way out, nothing else. */
@Repository
class EnforcementStore implements EncryptedColumn.Source {

	/** The columns this class keeps ciphertext in, for key rotation. */
	@Override
	public java.util.List<EncryptedColumn> encryptedColumns() {
		return java.util.List.of(EncryptedColumn.text("enforcement_action", "premises"),
				EncryptedColumn.text("enforcement_action", "officer_name"),
				EncryptedColumn.text("enforcement_action", "conditions"),
				EncryptedColumn.text("enforcement_action", "no_warning_reason"),
				EncryptedColumn.text("enforcement_action", "withdrawn_reason"),
				EncryptedColumn.text("enforcement_penalty", "officer_name"),
				EncryptedColumn.text("enforcement_penalty", "cancel_reason"),
				EncryptedColumn.text("enforcement_evidence", "reference"));
	}


	private static final String TOOL_COLUMNS = "id, case_id, organisation_id, kind, recipient_person_id, premises, "
			+ "issued_on, officer_name, conditions, compliance_on, no_warning_reason, breach_of_action_id, "
			+ "pspo_condition_id, duration, extended, in_force_until, withdrawn_reason";

	private static final String PENALTY_COLUMNS = "id, case_id, organisation_id, offence_code, recipient_person_id, "
			+ "issued_on, officer_name, amount_pence, early_amount_pence, early_until, due_on, status, "
			+ "breach_of_action_id, pspo_condition_id, paid_on, paid_pence, cancel_reason";

	private final JdbcClient jdbc;

	private final FieldEncryption encryption;

	private final Clock clock;

	EnforcementStore(JdbcClient jdbc, FieldEncryption encryption, Clock clock) {
		this.jdbc = jdbc;
		this.encryption = encryption;
		this.clock = clock;
	}

	/** Inserts a tool with the ward of its case ({@code wardCode}, null for none) for the ward figures. */
	long insertTool(Tool tool, long officerUserId, String wardCode) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into enforcement_action (case_id, organisation_id, kind, recipient_person_id, premises, "
				+ "issued_on, officer_user_id, officer_name, conditions, compliance_on, no_warning_reason, "
				+ "breach_of_action_id, pspo_condition_id, duration, extended, in_force_until, recorded_at, ward_code) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(tool.caseId(), tool.organisationId(), tool.kind().name(), tool.recipientPersonId(),
					seal(tool.premises()), tool.issuedOn(), officerUserId, seal(tool.officerName()), seal(tool.conditions()),
					tool.complianceOn(), seal(tool.noWarningReason()), tool.breachOfId(), tool.pspoConditionId(),
					tool.duration(), tool.extended(), tool.inForceUntil(), now(), wardCode)
			.update(key, "id");
		return key.getKey().longValue();
	}

	List<Tool> toolsOnCase(long caseId) {
		return jdbc.sql("select " + TOOL_COLUMNS + " from enforcement_action where case_id = ? order by issued_on, id")
			.param(caseId)
			.query(this::tool)
			.list();
	}

	Optional<Tool> tool(long caseId, long toolId) {
		return jdbc.sql("select " + TOOL_COLUMNS + " from enforcement_action where case_id = ? and id = ?")
			.params(caseId, toolId)
			.query(this::tool)
			.optional();
	}

	/** Corrects what a tool says (its conditions and compliance date); the reason goes on the case's timeline. */
	void corrected(long toolId, String conditions, LocalDate complianceOn, String premises) {
		jdbc.sql("update enforcement_action set conditions = ?, compliance_on = ?, premises = ? where id = ?")
			.params(seal(conditions), complianceOn, seal(premises), toolId)
			.update();
	}

	/** Withdraws a tool once: false when it was already withdrawn. */
	boolean withdrawn(long toolId, String reason) {
		return jdbc.sql("update enforcement_action set withdrawn_at = ?, withdrawn_reason = ? "
				+ "where id = ? and withdrawn_at is null")
			.params(now(), seal(reason), toolId)
			.update() == 1;
	}

	long insertPenalty(Penalty penalty, long officerUserId, String wardCode) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into enforcement_penalty (case_id, organisation_id, offence_code, recipient_person_id, "
				+ "issued_on, officer_user_id, officer_name, amount_pence, early_amount_pence, early_until, due_on, "
				+ "status, breach_of_action_id, pspo_condition_id, status_changed_at, ward_code) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(penalty.caseId(), penalty.organisationId(), penalty.offenceCode(), penalty.recipientPersonId(),
					penalty.issuedOn(), officerUserId, seal(penalty.officerName()), penalty.amountPence(),
					penalty.earlyAmountPence(), penalty.earlyUntil(), penalty.dueOn(), penalty.status().name(),
					penalty.breachOfId(), penalty.pspoConditionId(), now(), wardCode)
			.update(key, "id");
		return key.getKey().longValue();
	}

	List<Penalty> penaltiesOnCase(long caseId) {
		return jdbc.sql("select " + PENALTY_COLUMNS + " from enforcement_penalty where case_id = ? order by issued_on, id")
			.param(caseId)
			.query(this::penalty)
			.list();
	}

	Optional<Penalty> penalty(long caseId, long penaltyId) {
		return jdbc.sql("select " + PENALTY_COLUMNS + " from enforcement_penalty where case_id = ? and id = ?")
			.params(caseId, penaltyId)
			.query(this::penalty)
			.optional();
	}

	void paid(long penaltyId, PaymentStatus status, LocalDate paidOn, long paidPence) {
		jdbc.sql("update enforcement_penalty set status = ?, paid_on = ?, paid_pence = ?, status_changed_at = ? "
				+ "where id = ?")
			.params(status.name(), paidOn, paidPence, now(), penaltyId)
			.update();
	}

	void cancelled(long penaltyId, String reason) {
		jdbc.sql("update enforcement_penalty set status = ?, cancel_reason = ?, status_changed_at = ? where id = ?")
			.params(PaymentStatus.CANCELLED.name(), seal(reason), now(), penaltyId)
			.update();
	}

	/** Unpaid notices whose due date is before {@code today}: the ones to pass for prosecution review. */
	List<Penalty> unpaidPastDue(LocalDate today) {
		return jdbc.sql("select " + PENALTY_COLUMNS + " from enforcement_penalty where status = ? and due_on < ? "
				+ "order by due_on, id")
			.params(PaymentStatus.UNPAID.name(), today)
			.query(this::penalty)
			.list();
	}

	/** Moves one notice to review only if still unpaid (another instance or a payment may have got there first). */
	boolean passForReview(long penaltyId) {
		return jdbc.sql("update enforcement_penalty set status = ?, status_changed_at = ? where id = ? and status = ?")
			.params(PaymentStatus.PROSECUTION_REVIEW.name(), now(), penaltyId, PaymentStatus.UNPAID.name())
			.update() == 1;
	}

	List<Penalty> forReview(Long organisationId) {
		return jdbc.sql("select " + PENALTY_COLUMNS + " from enforcement_penalty where status = ? "
				+ "and (cast(? as bigint) is null or organisation_id = ?) order by due_on, id")
			.params(PaymentStatus.PROSECUTION_REVIEW.name(), organisationId, organisationId)
			.query(this::penalty)
			.list();
	}

	long insertEvidence(Evidence evidence, long recordedBy) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into enforcement_evidence (case_id, kind, reference, witness_person_id, professional_witness, "
				+ "recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
			.params(evidence.caseId(), evidence.kind().name(), seal(evidence.reference()), evidence.witnessPersonId(),
					evidence.professionalWitness(), recordedBy, now())
			.update(key, "id");
		return key.getKey().longValue();
	}

	List<Evidence> evidenceOnCase(long caseId) {
		return jdbc.sql("select id, case_id, kind, reference, witness_person_id, professional_witness "
				+ "from enforcement_evidence where case_id = ? order by id")
			.param(caseId)
			.query((rs, row) -> new Evidence(rs.getLong(1), rs.getLong(2), EvidenceKind.valueOf(rs.getString(3)),
					open(rs.getString(4)), nullableLong(rs, 5), rs.getBoolean(6)))
			.list();
	}

	List<OffenceCode> offenceCodes() {
		return jdbc.sql("select code, offence from enforcement_offence_code where active = true order by display_order")
			.query((rs, row) -> new OffenceCode(rs.getString(1), rs.getString(2)))
			.list();
	}

	boolean offenceCodeExists(String code) {
		return jdbc.sql("select count(*) from enforcement_offence_code where code = ? and active = true")
			.param(code)
			.query(Long.class)
			.single() > 0;
	}

	List<PspoCondition> pspoConditions() {
		return jdbc.sql("select c.id, o.name, o.authority, c.number, c.wording, o.made_on, o.expires_on "
				+ "from enforcement_pspo_condition c join enforcement_pspo o on o.id = c.pspo_id where o.active = true "
				+ "order by o.id, c.number")
			.query((rs, row) -> new PspoCondition(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)))
			.list();
	}

	private Tool tool(ResultSet rs, int row) throws SQLException {
		return new Tool(rs.getLong(1), rs.getLong(2), rs.getLong(3), ToolKind.valueOf(rs.getString(4)),
				nullableLong(rs, 5), open(rs.getString(6)), rs.getObject(7, LocalDate.class), open(rs.getString(8)),
				open(rs.getString(9)), rs.getObject(10, LocalDate.class), open(rs.getString(11)), nullableLong(rs, 12),
				nullableLong(rs, 13), (Integer) rs.getObject(14, Integer.class), rs.getBoolean(15),
				rs.getObject(16, LocalDate.class), open(rs.getString(17)));
	}

	private Penalty penalty(ResultSet rs, int row) throws SQLException {
		return new Penalty(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
				rs.getObject(6, LocalDate.class), open(rs.getString(7)), rs.getLong(8), rs.getLong(9),
				rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class),
				PaymentStatus.valueOf(rs.getString(12)), nullableLong(rs, 13), nullableLong(rs, 14),
				rs.getObject(15, LocalDate.class), nullableLong(rs, 16), open(rs.getString(17)));
	}

	private static Long nullableLong(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private String seal(String plaintext) {
		return plaintext == null || plaintext.isBlank() ? null : encryption.encrypt(plaintext.strip());
	}

	private String open(String ciphertext) {
		return ciphertext == null ? null : encryption.decrypt(ciphertext);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	/** An offence code of the managed list. */
	record OffenceCode(String code, String offence) {
	}

	/** A condition of an active PSPO, with its order and the order's dates (null where not known). */
	record PspoCondition(long id, String order, String authority, int number, String wording, LocalDate madeOn,
			LocalDate expiresOn) {

		/** Whether the order was in force on {@code day}; an order with no dates recorded is taken as in force. */
		boolean inForceOn(LocalDate day) {
			return (madeOn == null || !day.isBefore(madeOn)) && (expiresOn == null || !day.isAfter(expiresOn));
		}

		String label() {
			return authority + ": " + number + ". " + wording;
		}

	}

}

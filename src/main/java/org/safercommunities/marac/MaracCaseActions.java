package org.safercommunities.marac;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.cases.CaseActionsElsewhere;
import org.safercommunities.cases.CaseFile;
import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.Organisations;
import org.safercommunities.shared.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The CS MARAC's actions on the case page (issue 14: "these are case actions and appear on the case"), shown only to
 * an organisation that reaches the referral ({@link MaracAccess}): they stay in {@code marac_action}, not among the
 * case's own actions, because those are seen by every organisation the case is shared with, the perpetrator's side
 * included. An organisation the referral does not reach sees nothing, as if there were no referral.
 */
@Component
class MaracCaseActions implements CaseActionsElsewhere {

	private final JdbcClient jdbc;

	private final MaracReferrals referrals;

	private final FieldEncryption encryption;

	private final Organisations organisations;

	private final AuditTrail audit;

	MaracCaseActions(JdbcClient jdbc, MaracReferrals referrals, FieldEncryption encryption, Organisations organisations,
			AuditTrail audit) {
		this.jdbc = jdbc;
		this.referrals = referrals;
		this.encryption = encryption;
		this.organisations = organisations;
		this.audit = audit;
	}

	@Override
	public List<ActionElsewhere> actionsOn(CaseFile file) {
		long reader = CurrentActor.require().organisationId();
		List<Long> reached = jdbc.sql("select id from marac_referral where case_id = ? order by id")
			.param(file.getId())
			.query(Long.class)
			.list()
			.stream()
			.filter(id -> MaracAccess.reaches(referrals.ownership(id), reader))
			.toList();
		if (reached.isEmpty()) {
			return List.of();
		}
		Map<Long, String> names = organisations.all().stream()
			.collect(Collectors.toMap(Organisation::getId, Organisation::getName));
		List<ActionElsewhere> actions = jdbc.sql("""
				select a.id, a.referral_id, a.description_encrypted, a.owner_organisation_id, a.due_on, a.done_on
				from marac_action a join marac_meeting m on m.id = a.meeting_id
				where a.referral_id in (%s) order by m.held_on, a.id""".formatted(
				String.join(", ", reached.stream().map(id -> "?").toList())))
			.params(reached.stream().map(Object.class::cast).toList())
			.query((rs, row) -> new ActionElsewhere(rs.getLong(1), "marac.case-actions.from",
					encryption.decrypt(rs.getString(3)), names.getOrDefault(rs.getLong(4), ""),
					rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
					"/staff/marac/referrals/" + rs.getLong(2)))
			.list();
		if (!actions.isEmpty()) {
			audit.record("MARAC_ACTIONS_VIEWED", "case_file", file.getId(), actions.size() + " CS MARAC actions on the case page");
		}
		return actions;
	}

}

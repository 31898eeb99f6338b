package org.safercommunities.marac;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.cases.CaseAccess;
import org.safercommunities.cases.CaseFile;
import org.safercommunities.cases.CaseFiles;
import org.safercommunities.crypto.EncryptedColumn;
import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.RecordAccess;
import org.safercommunities.shared.RecordOwnership;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals of cases to the CS MARAC, by any partner organisation that sees the case, with the criteria met and
 * the reason (encrypted). Nothing is written on the case itself: its timeline is read by every organisation the
 * case is shared with, including one on the perpetrator's side, which must never learn of the referral.
 */
@Service
@Transactional
class MaracReferrals implements EncryptedColumn.Source {

	/** The columns this class keeps ciphertext in, for key rotation. */
	@Override
	public java.util.List<EncryptedColumn> encryptedColumns() {
		return java.util.List.of(EncryptedColumn.text("marac_referral", "reason_encrypted"));
	}


	private final JdbcClient jdbc;

	private final CaseFiles cases;

	private final FieldEncryption encryption;

	private final AuditTrail audit;

	private final Clock clock;

	MaracReferrals(JdbcClient jdbc, CaseFiles cases, FieldEncryption encryption, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.encryption = encryption;
		this.audit = audit;
		this.clock = clock;
	}

	/** Refers a case the signed-in person sees; {@code perpetratorSide} are organisations never to reach it. */
	long refer(long caseId, Set<Criterion> criteria, String reason, Set<Long> perpetratorSide) {
		CaseFile file = cases.require(caseId, CaseAccess.VIEW);
		long organisation = CurrentActor.require().organisationId();
		return record(caseId, file.getReference(), organisation, criteria, reason, perpetratorSide, LocalDate.now(clock));
	}

	/** Records a referral of a case already checked (the case module's rule is the caller's). */
	long record(long caseId, String caseReference, long referringOrganisation, Set<Criterion> criteria, String reason,
			Set<Long> perpetratorSide, LocalDate on) {
		if (criteria.isEmpty()) {
			throw new IllegalArgumentException("A MARAC referral needs at least one criterion");
		}
		String codes = criteria.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				insert into marac_referral (case_id, case_reference, referring_organisation_id, referred_on, criteria,
				  reason_encrypted) values (?, ?, ?, ?, ?, ?)""")
			.params(caseId, caseReference, referringOrganisation, on, codes, encryption.encrypt(reason.strip()))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		for (long other : perpetratorSide) {
			if (other != referringOrganisation) {
				jdbc.sql("insert into marac_referral_exclusion (referral_id, organisation_id) values (?, ?)")
					.params(id, other).update();
			}
		}
		audit.record("MARAC_REFERRAL", "marac_referral", id, "Case " + caseId + " referred to the CS MARAC");
		return id;
	}

	Optional<Referral> find(long id) {
		return jdbc.sql("""
				select id, case_id, case_reference, referring_organisation_id, referred_on, criteria, reason_encrypted,
				  closed_on from marac_referral where id = ?""")
			.param(id)
			.query((rs, row) -> new Referral(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
					rs.getObject(5, LocalDate.class), criteria(rs.getString(6)), rs.getString(7),
					rs.getObject(8, LocalDate.class)))
			.optional();
	}

	/** The referral as {@link MaracAccess} judges it: its members and the organisations excluded. */
	RecordOwnership ownership(long referralId) {
		Referral referral = find(referralId).orElseThrow();
		List<Long> members = jdbc.sql("""
				select distinct a.organisation_id from marac_attendee a join marac_hearing h on h.meeting_id = a.meeting_id
				where h.referral_id = ?""")
			.param(referralId).query(Long.class).list();
		List<Long> excluded = jdbc.sql("select organisation_id from marac_referral_exclusion where referral_id = ?")
			.param(referralId).query(Long.class).list();
		return MaracAccess.ownership(referral.referringOrganisation(), members, excluded);
	}

	/** The referral for the signed-in person, refused (404) to anyone not a member or on the perpetrator's side. */
	Referral require(long referralId) {
		Referral referral = find(referralId).orElseThrow(() -> new org.safercommunities.shared.RecordAccessRefused(
				"marac_referral", referralId, org.safercommunities.shared.AccessRefusal.NOT_SHARED, true));
		RecordAccess.require(CurrentActor.require(), MaracAccess.REFERRAL, ownership(referralId), referralId);
		audit.record("MARAC_REFERRAL_READ", "marac_referral", referralId, "MARAC referral page");
		return referral;
	}

	/**
	 * Whether the case has an open referral that this organisation reaches. One it does not reach (it is on the
	 * perpetrator's side, or not a member) counts as none, so the case page tells it nothing.
	 */
	boolean openReferralReached(long caseId, long organisation) {
		return jdbc.sql("select id from marac_referral where case_id = ? and closed_on is null").param(caseId)
			.query(Long.class).list().stream()
			.anyMatch(id -> MaracAccess.reaches(ownership(id), organisation));
	}

	/** Open referrals this organisation reaches, oldest first (for a meeting's agenda). */
	List<Referral> openReached(long organisation) {
		return jdbc.sql("select id from marac_referral where closed_on is null order by referred_on, id")
			.query(Long.class).list().stream()
			.filter(id -> MaracAccess.reaches(ownership(id), organisation))
			.map(id -> find(id).orElseThrow())
			.toList();
	}

	String reason(Referral referral) {
		return encryption.decrypt(referral.reasonEncrypted());
	}

	private static Set<Criterion> criteria(String codes) {
		Set<Criterion> criteria = EnumSet.noneOf(Criterion.class);
		Arrays.stream(codes.split(",")).map(Criterion::valueOf).forEach(criteria::add);
		return criteria;
	}

	record Referral(long id, long caseId, String caseReference, long referringOrganisation, LocalDate referredOn,
			Set<Criterion> criteria, String reasonEncrypted, LocalDate closedOn) {
	}

}

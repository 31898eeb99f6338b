package org.safercommunities.reporting;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.safercommunities.shared.RecordAccess;
import org.safercommunities.shared.RecordAccess.Visibility;
import org.safercommunities.shared.RecordOwnership;
import org.safercommunities.shared.RecordRule;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.StaffActor;
import org.springframework.data.jpa.domain.Specification;

/**
 * Who may see which reports (DESIGN section 1), as rules for {@link RecordAccess}. Officers see every report. A
 * reporting centre worker sees only their own centre's. The police see only what was shared with them, and a name
 * only where the reporter agreed. Analysts, the board, partners and coordinators work from counts, never from
 * reports. Triage is the Community Safety Team's.
 */
final class ReportAccess {

	static final RecordRule VIEW = RecordRule.forRecords("hate_report")
		.everyRecord(Role.OFFICER)
		.ownOrganisation(Role.CENTRE_WORKER)
		.sharedWithThem(Role.POLICE);

	/** Who reaches a report other than through a share with the police, and so sees it in full. */
	static final RecordRule FULL_VIEW = RecordRule.forRecords("hate_report")
		.everyRecord(Role.OFFICER)
		.ownOrganisation(Role.CENTRE_WORKER);

	static final RecordRule TRIAGE = RecordRule.forRecords("hate_report").everyRecord(Role.OFFICER);

	/** Taking a report for a centre: a centre worker for their own, an officer (phone, paper) for any or none. */
	static final RecordRule TAKE_FOR_CENTRE = RecordRule.forRecords("centre")
		.everyRecord(Role.OFFICER)
		.ownOrganisation(Role.CENTRE_WORKER);

	private ReportAccess() {
	}

	/** A report belongs to the centre that took it (none for one made online) and is shared with the police once sent. */
	static RecordOwnership ownershipOf(Report report) {
		RecordOwnership ownership = RecordOwnership.ownedBy(report.getCentreOrganisationId());
		return report.isSharedWithPolice() ? ownership.sharedWith(Role.POLICE) : ownership;
	}

	static void checkCanView(StaffActor actor, Report report) {
		RecordAccess.require(actor, VIEW, ownershipOf(report), report.getId());
	}

	/** The reports this person may list, as a query condition: the {@link #VIEW} rule, for a whole table. */
	static <T> Specification<T> visibleTo(StaffActor actor) {
		Visibility visibility = RecordAccess.visibility(actor, VIEW);
		if (visibility.everyRecord()) {
			return (root, query, cb) -> cb.conjunction();
		}
		return (root, query, cb) -> {
			List<Predicate> any = new ArrayList<>();
			if (visibility.ownOrganisation() != null) {
				any.add(cb.equal(root.get("centreOrganisationId"), visibility.ownOrganisation()));
			}
			if (visibility.sharedWithRoles().contains(Role.POLICE)) {
				any.add(cb.isNotNull(root.get("sharedWithPoliceAt")));
			}
			return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
		};
	}

	/**
	 * Whether this person sees the report as the police see it (no identity unless consented, no internal notes):
	 * when only the share with the police lets them see it. A centre worker who is also a police user sees another
	 * centre's report as the police do.
	 */
	static boolean seesPoliceView(StaffActor actor, Report report) {
		return !RecordAccess.may(actor, FULL_VIEW, ownershipOf(report));
	}

	/** Whether this person names the centre a report was taken for, rather than always taking it for their own. */
	static boolean takesForEveryCentre(StaffActor actor) {
		return RecordAccess.visibility(actor, TAKE_FOR_CENTRE).everyRecord();
	}

	static boolean mayTriage(StaffActor actor, Report report) {
		return RecordAccess.may(actor, TRIAGE, ownershipOf(report));
	}

}

package org.safercommunities.reporting;

import org.safercommunities.shared.Role;
import org.safercommunities.shared.StaffActor;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may see which reports (DESIGN section 1). Officers see every report. A reporting centre worker sees only
 * their own centre's. The police see only what was shared with them, and a name only where the reporter
 * agreed. Analysts, the board, partners and coordinators work from counts, never from reports.
 */
final class ReportAccess {

	private ReportAccess() {
	}

	static boolean mayUseInbox(StaffActor actor) {
		return actor.hasAnyRole(Role.OFFICER, Role.CENTRE_WORKER, Role.POLICE);
	}

	/** The reports this person may list, as a query condition. */
	static Specification<Report> visibleTo(StaffActor actor) {
		if (actor.hasRole(Role.OFFICER)) {
			return (root, query, cb) -> cb.conjunction();
		}
		if (actor.hasRole(Role.CENTRE_WORKER)) {
			return (root, query, cb) -> cb.equal(root.get("centreOrganisationId"), actor.organisationId());
		}
		if (actor.hasRole(Role.POLICE)) {
			return (root, query, cb) -> cb.isNotNull(root.get("sharedWithPoliceAt"));
		}
		return (root, query, cb) -> cb.disjunction();
	}

	static void checkCanView(StaffActor actor, Report report) {
		boolean allowed = actor.hasRole(Role.OFFICER)
				|| (actor.hasRole(Role.CENTRE_WORKER) && report.getCentreOrganisationId() != null
						&& actor.belongsTo(report.getCentreOrganisationId()))
				|| (actor.hasRole(Role.POLICE) && report.isSharedWithPolice());
		if (!allowed) {
			throw new AccessDeniedException("Report " + report.getId() + " is not visible to this user");
		}
	}

	/** Whether this person sees the report as the police see it: no identity unless consented, no internal notes. */
	static boolean seesPoliceView(StaffActor actor) {
		return actor.hasRole(Role.POLICE) && !actor.hasAnyRole(Role.OFFICER, Role.CENTRE_WORKER);
	}

}

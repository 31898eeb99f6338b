package org.safercommunities.enforcement;

import org.safercommunities.cases.CaseAccess;
import org.safercommunities.shared.RecordRule;

/**
 * Who may see and record enforcement: the case's own rule, so there is one rule everywhere. Those who see the
 * whole case see its enforcement; those who work on it record. The report page shows counts only.
 */
final class EnforcementAccess {

	static final RecordRule VIEW = CaseAccess.VIEW;

	static final RecordRule WORK = CaseAccess.WORK;

	/** The roles that see the report page's counts (never a recipient). */
	static final String REPORT_READERS = "hasAnyRole('OFFICER', 'POLICE', 'COORDINATOR', 'ANALYST', 'BOARD')";

	static final String WORKERS = "hasAnyRole('OFFICER', 'POLICE')";

	static final String READERS = "hasAnyRole('OFFICER', 'POLICE', 'PARTNER')";

	private EnforcementAccess() {
	}

}

package org.safercommunities.centres;

import java.time.YearMonth;
import java.util.List;

/** For other modules' tests: a registered, active centre with no training yet. */
public final class CentreTestSupport {

	private CentreTestSupport() {
	}

	public static void register(CentreManagement centres, long organisationId) {
		centres.seedAsSystem(organisationId, CentreTestData.details(), CentreTestData.responsibilities("lead@test.example"),
				List.of(), YearMonth.from(CentreTestData.today()).atDay(1));
	}

}

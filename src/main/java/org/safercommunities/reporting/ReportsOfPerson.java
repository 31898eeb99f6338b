package org.safercommunities.reporting;

import java.util.Set;

/**
 * The named reports a person made themselves, for subject access in the modules that hold records about a report
 * (feedback's survey answers): those whose reporter gave the person's e-mail address or phone number, and those a
 * case was opened from with the person recorded as its reporter (a victim party of the same name). Anonymous reports
 * hold no identity and are never found. Implemented by {@code ReportPersonalData}; reading the person's details to
 * compare them is audited by the people module.
 */
public interface ReportsOfPerson {

	/** The ids of the reports the person made (none for an unknown person). */
	Set<Long> madeBy(long personId);

}

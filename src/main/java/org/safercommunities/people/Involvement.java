package org.safercommunities.people;

import java.time.LocalDate;

/**
 * A report or case a person took part in, as the module that holds it tells this one. Repeat flags count the
 * distinct occasions within the window: a case opened from reports is the same occasion as those reports, so the
 * module records the reports and marks the case {@code sameOccasionAsItsReports}.
 *
 * @param module the module holding the record, e.g. {@code cases}
 * @param recordType the record's kind as the audit log names it, e.g. {@code hate_report} or {@code case_file}
 * @param role victim, witness, alleged perpetrator or other
 * @param occurredOn when it happened (or was reported), for the window
 */
public record Involvement(String module, String recordType, long recordId, PartyRole role, LocalDate occurredOn,
		boolean sameOccasionAsItsReports) {

	public enum PartyRole {

		VICTIM, WITNESS, ALLEGED_PERPETRATOR, OTHER

	}

}

package org.safercommunities.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a case takes from a report, so nobody types it again. The reporter's name and contact are present only
 * when the report is not anonymous; an anonymous report's are all null.
 *
 * @param classification {@code HATE_CRIME}, {@code NON_CRIME_HATE_INCIDENT} or null before triage
 */
public record ReportForCase(long reportId, String reference, String account, LocalDate occurredOn,
		LocalDate receivedOn, Set<String> strands, Set<String> incidentTypes, String locationDescription,
		String wardCode, String classification, List<EvidenceFile> evidence, Reporter reporter) {

	public ReportForCase {
		strands = Set.copyOf(strands);
		incidentTypes = Set.copyOf(incidentTypes);
		evidence = List.copyOf(evidence);
	}

	public boolean anonymous() {
		return reporter == null;
	}

	/** The date the case counts the report's occasion on: when it happened, else when it was received. */
	public LocalDate occasionOn() {
		return occurredOn != null ? occurredOn : receivedOn;
	}

	public record EvidenceFile(long id, String fileName) {
	}

	/** A named reporter as they gave themselves; e-mail and phone may be null. */
	public record Reporter(String name, String email, String phone, Boolean safeToContact) {
	}

}

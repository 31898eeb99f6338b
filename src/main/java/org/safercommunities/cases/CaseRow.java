package org.safercommunities.cases;

import java.time.LocalDate;

import org.safercommunities.cases.CaseCodes.Status;

/**
 * One case as the list and the export show it. A row reached only through a locked share carries its reference
 * and type and nothing else (every other field null or false). {@code repeatPlace}: the case is at a repeat place.
 */
public record CaseRow(long id, String reference, String typeCode, Status status, String wardCode, String ownerName,
		LocalDate openedOn, long owningOrganisationId, boolean locked, boolean repeatPlace) {

	static CaseRow lockedRow(long id, String reference, String typeCode, long owningOrganisationId) {
		return new CaseRow(id, reference, typeCode, null, null, null, null, owningOrganisationId, true, false);
	}

}

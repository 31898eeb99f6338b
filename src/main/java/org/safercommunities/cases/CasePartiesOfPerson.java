package org.safercommunities.cases;

import java.util.List;
import java.util.Set;

/**
 * The cases a person is a party to, and the other parties of a case, as ids only (no personal data, no access
 * check): for the modules that hold records about a case (the CS MARAC, feedback, reporting) to find what they hold
 * about a person for subject access, and whose details to remove from it, without reading the cases module's tables.
 * Implemented by {@code CasePersonalData}.
 */
public interface CasePartiesOfPerson {

	/** Each case naming the person as a party, with their part in it (VICTIM, WITNESS, ALLEGED_PERPETRATOR, OTHER). */
	List<PartyIn> casesOf(long personId);

	/** The case's other parties (people ids), the person left out. */
	Set<Long> otherParties(long caseId, long personId);

	/** The person's part in one case. */
	record PartyIn(long caseId, String caseReference, String role) {
	}

}

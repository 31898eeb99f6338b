package org.safercommunities.people;

import java.time.LocalDate;
import java.util.Set;

import org.safercommunities.people.PersonDetails.Vulnerability;

/**
 * What a list, a case's parties or a locked share shows about a person. {@code personId} is the id asked for;
 * {@code currentId} the person it answers for now (different after a merge).
 */
public record PersonSummary(long personId, long currentId, String displayName, LocalDate dateOfBirth,
		Set<Vulnerability> vulnerabilities, RepeatFlag repeatFlag) {
}

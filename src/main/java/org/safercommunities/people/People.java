package org.safercommunities.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The people module's API: every other module keeps a person id and asks here for the person. Every method that
 * returns personal data audits the read (who, which person, why); callers pass the reason a person would accept
 * ("case 123 page"), never personal data. Record-level access to the record that names a person (a case, a
 * referral) is the calling module's rule; this module's own pages are for officers.
 * <p>
 * A merged-away person keeps their id: every method given that id answers for the person they were merged into,
 * so other modules never rewrite ids, and undoing a merge gives both back.
 */
public interface People {

	/** Records a new person and returns their id. */
	long record(PersonDetails details, String reason);

	/** Replaces a person's details (names, addresses, contact, characteristics, vulnerability, note). */
	void update(long personId, PersonDetails details, String reason);

	/** Everything held about the person, for a page that shows it in full. Empty for an unknown id. */
	Optional<PersonDetails> details(long personId, String reason);

	/** What a list or a locked share shows: name, date of birth, vulnerability and repeat flags. Audited. */
	List<PersonSummary> summaries(Collection<Long> personIds, String reason);

	/** People who may be the same as the one described, best first, each with the reasons; never merges. */
	List<MatchSuggestion> suggestMatches(PersonDetails probe);

	/**
	 * People found by exact look-up of what was typed (a full name, a phone number, an e-mail address or a
	 * postcode), through the blind indexes: no personal data is searched in the clear.
	 */
	List<Long> find(String searchText);

	/** Notes that the person took part in a report or case, so repeat victims can be flagged. Idempotent. */
	void recordInvolvement(long personId, Involvement involvement);

	/** The person's repeat flag as of today (configurable: {@code safer.people.repeat.count} in {@code .months}). */
	RepeatFlag repeatFlag(long personId);

	/** Merges {@code mergedAwayId} into {@code keptId}, recorded with the reason; returns the merge's id. */
	long merge(long keptId, long mergedAwayId, String reason);

	/** Undoes a merge: both people are answered for separately again. */
	void undoMerge(long mergeId, String reason);

	/**
	 * A record of {@code module} no longer names these people (its retention ended and its links to them went): the
	 * involvements it recorded for it go ({@code recordType} {@code recordId}, and {@code alsoReportIds} for the reports
	 * it carried), and each of the people whom no module's record names any more ({@link PersonalDataHolder}) is
	 * deleted with their look-ups and involvements, audited. A person in a merge is kept (the merge can be undone).
	 * Returns the ids of the people deleted.
	 */
	java.util.Set<Long> released(String module, String recordType, long recordId, Collection<Long> alsoReportIds,
			Collection<Long> personIds, String reason);

	/**
	 * What removes these people from free text written about them (an anonymised case study): their names (given
	 * names too), other names, phone numbers however spaced, e-mail addresses, address lines, street names and
	 * postcodes, whatever the case. Reading them to build it is audited with {@code reason}; the redaction itself
	 * holds no way back to the people.
	 */
	java.util.function.UnaryOperator<String> redactionOf(Collection<Long> personIds, String reason);

	/** The id a person's id now answers for (itself unless merged away). */
	long current(long personId);

}

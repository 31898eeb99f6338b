/**
 * The one home of personal data about people the partnership works with (victims, witnesses, alleged
 * perpetrators, others): names and aliases, date of birth, addresses, contact details, protected characteristics,
 * vulnerability and a safe-contact note, all encrypted at rest and found by keyed blind indexes. Matching suggests
 * who may be the same person (never merging by itself); merges are recorded and can be undone; repeat victims and
 * places are flagged from the involvements other modules record. Public API: {@link People},
 * {@link PersonDetails}, {@link Address}, {@link PersonSummary}, {@link MatchSuggestion}, {@link Involvement},
 * {@link RepeatFlag}, {@link PersonalDataHolder} (implemented by modules that hold data about a person) and the
 * events {@link RepeatFlagRaised} and {@link PeopleMerged}. Dashboard source {@code REPEAT_VICTIMS}
 * ({@link RepeatVictimCounts}): counts only.
 */
@ApplicationModule(displayName = "People", allowedDependencies = { "audit", "crypto", "geography", "shared", "system" })
package org.safercommunities.people;

import org.springframework.modulith.ApplicationModule;

package org.safercommunities.people;

/** Published when two people are merged ({@code undone} false) or the merge is undone ({@code undone} true). */
public record PeopleMerged(long mergeId, long keptId, long mergedAwayId, boolean undone) {
}

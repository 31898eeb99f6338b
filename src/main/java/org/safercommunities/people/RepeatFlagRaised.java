package org.safercommunities.people;

/** Published when a person's involvements first reach the repeat-victim threshold (for a MARAC suggestion). */
public record RepeatFlagRaised(long personId, RepeatFlag flag) {
}

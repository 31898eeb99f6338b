package org.safercommunities.performance;

/** An area to show figures for: a borough, or a ward of the partnership's borough. */
record AreaChoice(AreaType type, String code, String name) {
}

package org.safercommunities.geography;

/** A ward or borough as a point-in-area look-up returns it: ONS code and name. */
public record Area(String code, String name) {
}

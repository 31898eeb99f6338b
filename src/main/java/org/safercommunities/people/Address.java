package org.safercommunities.people;

/** A postal address as typed; the postcode is what look-ups and repeat-place flags use (normalised). */
public record Address(String line1, String line2, String town, String postcode) {
}

package org.safercommunities.geography;

/** A London borough (local authority): ONS GSS code and name. */
public record Borough(String code, String name) {
}

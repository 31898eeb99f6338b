package org.safercommunities.system;

/** One line of the GOV.UK error summary: the message, linking to the field it is about. */
public record ErrorLink(String href, String text) {
}

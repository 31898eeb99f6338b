package org.safercommunities.system;

/**
 * One line of the GOV.UK error summary: the message, linking to the field it is about. Only
 * {@link FormErrorSummaryInterceptor} makes them, from the errors recorded in a form's {@code BindingResult}.
 */
record ErrorLink(String href, String text) {
}

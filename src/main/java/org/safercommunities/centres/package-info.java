/**
 * The Hate Crime Reporting Centre network: centres, eligibility (seed 003 Appendix 3), lifecycle, training and
 * monthly monitoring returns. Public API: {@link org.safercommunities.centres.CentreListingChanged} (event).
 */
package org.safercommunities.centres;

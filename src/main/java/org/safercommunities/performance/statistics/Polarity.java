package org.safercommunities.performance.statistics;

/**
 * Which way is better for an indicator, as in Making Data Count's "improvement direction". Recorded hate crime is
 * often {@link #NEUTRAL} or even {@link #UP_IS_GOOD}, because more reporting can mean more confidence to report.
 */
public enum Polarity {

	UP_IS_GOOD, DOWN_IS_GOOD, NEUTRAL

}

/**
 * Statistics for the partnership performance dashboard: rolling twelve-month comparisons, exact Poisson tests and
 * intervals, statistical process control (XmR, c, u and Laney u′ charts with the Making Data Count rules), early
 * warning (EARS C2 and Poisson CUSUM), peer benchmarks with funnel limits, small-number suppression and progress
 * against targets. Pure Java on Apache Commons Statistics; no Spring. Each method and its source is described in
 * {@code doc/statistics.md}.
 */
package org.safercommunities.performance.statistics;

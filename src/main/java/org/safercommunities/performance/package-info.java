/**
 * The partnership performance dashboard (DESIGN section 5): indicators, their monthly aggregates, the figures of
 * the board paper (rolling volume, change, exceptions, benchmarks, targets, maps, commentary), hot spots,
 * exports and public open data. Reads other modules' data only as SQL on their documented tables (street_crime,
 * hate_crime_count, hate_report), into its own aggregate tables, so no page scans raw rows. The arithmetic is in
 * {@code statistics}.
 */
@ApplicationModule(displayName = "Performance", allowedDependencies = { "audit", "geography", "imports", "reporting", "shared", "system" })
package org.safercommunities.performance;

import org.springframework.modulith.ApplicationModule;

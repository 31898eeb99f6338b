/**
 * The partnership performance dashboard (DESIGN section 5): indicators, their monthly aggregates, the figures of
 * the board paper (rolling volume, change, exceptions, benchmarks, targets, maps, commentary), hot spots,
 * exports and public open data. Reads other modules' figures only through the indicator-source contract
 * ({@link org.safercommunities.shared.IndicatorCounts}, refreshed on {@link org.safercommunities.shared.IndicatorCountsChanged}
 * and {@link org.safercommunities.imports.ImportCompleted}), into its own aggregate tables, so no page scans raw
 * rows and it reads no other module's table. The arithmetic is in {@code statistics}. Public API: {@link
 * org.safercommunities.performance.IndicatorList} (indicator codes and names, for action plans' output measures).
 */
@ApplicationModule(displayName = "Performance", allowedDependencies = { "audit", "geography", "imports", "shared", "system" })
package org.safercommunities.performance;

import org.springframework.modulith.ApplicationModule;

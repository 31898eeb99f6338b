/**
 * Imports of public police data: police.uk street-level crime and ASB, and MPS hate crime counts per borough,
 * strand and month. Web page /staff/imports for analysts and the {@code import} command line. Public API:
 * {@link PoliceImports}, {@link PoliceImport}, {@link ImportKind}, {@link ImportStatus}, {@link ImportFile},
 * {@link ImportOutcome}, {@link ImportCompleted} (event), and the dashboard's sources {@code POLICE_STREET} and
 * {@code POLICE_HATE} (through {@link org.safercommunities.shared.IndicatorCounts}). No other module reads its tables.
 */
@ApplicationModule(displayName = "Police data imports", allowedDependencies = { "audit", "geography", "retention", "shared", "system" })
package org.safercommunities.imports;

import org.springframework.modulith.ApplicationModule;

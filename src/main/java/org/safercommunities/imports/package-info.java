/**
 * Imports of public police data: police.uk street-level crime and ASB, and MPS hate crime counts per borough,
 * strand and month. Web page /staff/imports for analysts and the {@code import} command line. Public API:
 * {@link PoliceImports}, {@link PoliceImport}, {@link ImportKind}, {@link ImportStatus}, {@link ImportFile},
 * {@link ImportOutcome}, {@link ImportCompleted} (event). Other modules read the imported data with SQL on street_crime and hate_crime_count.
 */
@ApplicationModule(displayName = "Police data imports", allowedDependencies = { "audit", "geography", "shared", "system" })
package org.safercommunities.imports;

import org.springframework.modulith.ApplicationModule;

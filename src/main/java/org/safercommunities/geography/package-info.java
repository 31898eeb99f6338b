/**
 * Wards, boroughs, LSOAs, boundaries and point-in-area look-ups. Public API: {@link Geography} (point and LSOA
 * to ward and borough, boroughs, populations, boundaries as GeoJSON), {@link Wards}, {@link Ward},
 * {@link Area}, {@link Borough}, {@link Lsoa}, {@link Placement}.
 */
@ApplicationModule(displayName = "Geography", allowedDependencies = {})
package org.safercommunities.geography;

import org.springframework.modulith.ApplicationModule;

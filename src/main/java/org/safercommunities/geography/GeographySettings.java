package org.safercommunities.geography;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The partnership's borough and where its geography comes from: the borough's ward boundaries (a GeoJSON
 * FeatureCollection), London's borough boundaries and populations, and the LSOA to ward to borough look-up.
 */
@ConfigurationProperties("safer.geography")
record GeographySettings(String boroughCode, String boroughName, Resource wardsResource, String wardCodeProperty,
		String wardNameProperty, Resource boroughsResource, String boroughCodeProperty, String boroughNameProperty,
		Resource populationResource, Resource lsoaLookupResource, Resource lsoaCentroidsResource) {
}

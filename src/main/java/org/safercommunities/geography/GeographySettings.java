package org.safercommunities.geography;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/** The partnership's borough and where its ward boundaries come from (a GeoJSON FeatureCollection). */
@ConfigurationProperties("safer.geography")
record GeographySettings(String boroughCode, String boroughName, Resource wardsResource, String wardCodeProperty,
		String wardNameProperty) {
}

package org.safercommunities.geography;

/**
 * A lower layer super output area (2021) with its best-fit ward and borough, and its area centroid.
 * police.uk snaps every street-level crime to a point and names the LSOA it falls in.
 */
public record Lsoa(String code, String name, String wardCode, String wardName, String boroughCode,
		String boroughName, Double centroidLat, Double centroidLon) {
}

package org.safercommunities.geography;

/**
 * Where a located record belongs: its ward and borough codes (either may be null when unknown), and how the
 * ward was found.
 */
public record Placement(String wardCode, String boroughCode, Method method) {

	static final Placement NOWHERE = new Placement(null, null, Method.NONE);

	/** How the ward was found. */
	public enum Method {

		/** The point lies inside a stored ward boundary. */
		POINT,
		/** From the LSOA look-up (best fit), because no stored ward boundary holds the point. */
		LSOA,
		/** Neither: no point, or a point outside every boundary and no known LSOA. */
		NONE

	}

}

package org.safercommunities.performance;

/** The level of geography an aggregate is kept at. */
enum AreaType {

	BOROUGH, WARD

}

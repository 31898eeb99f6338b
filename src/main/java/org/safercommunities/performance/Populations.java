package org.safercommunities.performance;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.safercommunities.geography.Geography;
import org.springframework.stereotype.Component;

/** Resident populations for rates, by mid-year: boroughs (ONS estimates) and wards (estimated), cached. */
@Component
class Populations {

	private final Geography geography;

	private final Map<Integer, Map<String, Long>> boroughs = new ConcurrentHashMap<>();

	private final Map<Integer, Map<String, Long>> wards = new ConcurrentHashMap<>();

	Populations(Geography geography) {
		this.geography = geography;
	}

	Map<String, Long> of(AreaType type, int midYear) {
		return (type == AreaType.BOROUGH) ? boroughs.computeIfAbsent(midYear, geography::populations)
				: wards.computeIfAbsent(midYear, geography::wardPopulationEstimates);
	}

}

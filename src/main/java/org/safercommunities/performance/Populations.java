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
		Map<Integer, Map<String, Long>> cache = (type == AreaType.BOROUGH) ? boroughs : wards;
		Map<String, Long> cached = cache.get(midYear);
		if (cached != null) {
			return cached;
		}
		Map<String, Long> loaded = (type == AreaType.BOROUGH) ? geography.populations(midYear)
				: geography.wardPopulationEstimates(midYear);
		if (!loaded.isEmpty()) {
			// Not cached while empty: the geography is loaded at start-up, perhaps after the first request
			cache.put(midYear, loaded);
		}
		return loaded;
	}

}

package org.safercommunities.enforcement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whole percentages that add up to exactly 100 (Hamilton's largest-remainder method): each share rounded down,
 * then the points left over given to the largest remainders, ties to the larger count then the earlier key.
 */
final class LargestRemainder {

	private LargestRemainder() {
	}

	static <K> Map<K, Integer> percentages(Map<K, Long> counts) {
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		Map<K, Integer> shares = new LinkedHashMap<>();
		if (total == 0) {
			counts.keySet().forEach(key -> shares.put(key, 0));
			return shares;
		}
		List<K> keys = new ArrayList<>(counts.keySet());
		int given = 0;
		for (K key : keys) {
			int floor = (int) (counts.get(key) * 100 / total);
			shares.put(key, floor);
			given += floor;
		}
		Comparator<K> byRemainder = Comparator.<K>comparingLong(key -> counts.get(key) * 100 % total).reversed()
			.thenComparing(Comparator.<K>comparingLong(counts::get).reversed())
			.thenComparingInt(keys::indexOf);
		List<K> order = keys.stream().sorted(byRemainder).toList();
		for (int i = 0; i < 100 - given; i++) {
			K key = order.get(i);
			shares.put(key, shares.get(key) + 1);
		}
		return shares;
	}

}

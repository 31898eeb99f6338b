package org.safercommunities.performance;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/** The dashboard's indicators as other modules may name them (an action plan's output measures): code to name. */
@Component
public class IndicatorList {

	private final Indicators indicators;

	IndicatorList(Indicators indicators) {
		this.indicators = indicators;
	}

	/** Every indicator's name by its code, in the dashboard's order. */
	public Map<String, String> namesByCode() {
		Map<String, String> names = new LinkedHashMap<>();
		indicators.all().forEach(indicator -> names.put(indicator.code(), indicator.name()));
		return names;
	}

}

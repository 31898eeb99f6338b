package org.safercommunities.performance.statistics;

import java.util.List;

/**
 * What {@link SpcRules#analyse} needs from any control chart: the plotted values, the centre line, and per-point
 * limits and sigma (per point because u-chart limits step with exposure). Implemented by {@link XmrChart} and
 * {@link AttributeChart}.
 */
public sealed interface ControlChart permits XmrChart, AttributeChart {

	List<Double> values();

	double centre();

	double lowerLimit(int index);

	double upperLimit(int index);

	/** One sigma at this point; the "two in three" rule looks beyond two of these. */
	double sigma(int index);

	default int size() {
		return values().size();
	}

}

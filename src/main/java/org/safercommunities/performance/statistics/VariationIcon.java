package org.safercommunities.performance.statistics;

/**
 * The Making Data Count "variation icon" for a series, as {@code NHSRplotthedots} chooses it from the latest point:
 * common cause, or special cause that is improvement, concern or neither (for neutral indicators), high or low.
 * Made by {@link SpcAnalysis#variationIcon(Polarity)}.
 */
public enum VariationIcon {

	COMMON_CAUSE, IMPROVEMENT_HIGH, IMPROVEMENT_LOW, CONCERN_HIGH, CONCERN_LOW, NEITHER_HIGH, NEITHER_LOW;

	public boolean isSpecialCause() {
		return this != COMMON_CAUSE;
	}

	static VariationIcon of(SpcSignal.Direction direction, Polarity polarity) {
		boolean high = direction == SpcSignal.Direction.HIGH;
		return switch (polarity) {
			case UP_IS_GOOD -> high ? IMPROVEMENT_HIGH : CONCERN_LOW;
			case DOWN_IS_GOOD -> high ? CONCERN_HIGH : IMPROVEMENT_LOW;
			case NEUTRAL -> high ? NEITHER_HIGH : NEITHER_LOW;
		};
	}

}

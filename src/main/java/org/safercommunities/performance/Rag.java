package org.safercommunities.performance;

import org.safercommunities.performance.statistics.Polarity;

/**
 * The RAG-style status on the overview, from the exceptions and the target (in this order): red for a latest
 * point that is special-cause concern or a target off track; amber for a significant change the wrong way (any
 * significant change for a neutral indicator), a recent exception that is not an improvement, or an early warning;
 * green otherwise, but only with a valid comparison on last year (24 months of data): without one it is no status
 * (grey), never green, since nothing shows the indicator is on course; no data when the indicator is not
 * collected or has no data.
 */
enum Rag {

	RED, AMBER, GREEN, NO_STATUS, NO_DATA;

	public String messageKey() {
		return "performance.rag." + name().toLowerCase().replace('_', '-');
	}

	public String tagClass() {
		return switch (this) {
			case RED -> "govuk-tag--red";
			case AMBER -> "govuk-tag--yellow";
			case GREEN -> "govuk-tag--green";
			case NO_STATUS, NO_DATA -> "govuk-tag--grey";
		};
	}

	/**
	 * @param concern the latest point is special cause in the worse direction
	 * @param targetOffTrack a target exists and is not on track
	 * @param significantChange the signed change on last year, if significant at 5%; 0 if not
	 * @param recentException an exception on one of the last three points that is not an improvement
	 * @param earlyWarning an early-warning signal in the latest weeks
	 * @param compared whether this year could be compared with last (both years have data for every month)
	 */
	static Rag of(Polarity polarity, boolean concern, boolean targetOffTrack, long significantChange,
			boolean recentException, boolean earlyWarning, boolean compared) {
		if (concern || targetOffTrack) {
			return RED;
		}
		boolean wrongWay = switch (polarity) {
			case UP_IS_GOOD -> significantChange < 0;
			case DOWN_IS_GOOD -> significantChange > 0;
			case NEUTRAL -> significantChange != 0;
		};
		if (wrongWay || recentException || earlyWarning) {
			return AMBER;
		}
		return compared ? GREEN : NO_STATUS;
	}

}

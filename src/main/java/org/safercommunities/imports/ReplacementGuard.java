package org.safercommunities.imports;

/**
 * Decides what a file read in full does to the data held: nothing when every row was rejected (it fails);
 * waits for an analyst when it would replace data held with far fewer rows, or rejected many of its rows;
 * otherwise replaces. Plain code, no Spring.
 */
final class ReplacementGuard {

	enum Verdict {

		APPLY, HOLD, FAIL

	}

	/** The verdict and, unless APPLY, the message key and arguments (stored form) saying why. */
	record Decision(Verdict verdict, String message) {
	}

	private final ImportSettings.Guard settings;

	ReplacementGuard(ImportSettings.Guard settings) {
		this.settings = settings;
	}

	/**
	 * @param rowsHeld rows the same data holds now (0 for a month not held)
	 * @param counts what the file gave
	 * @param replace the analyst (or --replace) already said to replace whatever it holds
	 */
	Decision decide(int rowsHeld, PoliceUkStreetImporter.Counts counts, boolean replace) {
		if (counts.imported() == 0) {
			return new Decision(Verdict.FAIL, stored("imports.failed.all-rejected", counts.rejected()));
		}
		if (rowsHeld == 0 || replace) {
			return new Decision(Verdict.APPLY, null);
		}
		if (counts.imported() < rowsHeld * settings.minShareOfRowsHeld()) {
			return new Decision(Verdict.HOLD, stored("imports.held.fewer", counts.imported(), rowsHeld,
					Math.round(settings.minShareOfRowsHeld() * 100)));
		}
		if (counts.read() > 0 && counts.rejected() > counts.read() * settings.maxRejectedShare()) {
			return new Decision(Verdict.HOLD, stored("imports.held.rejected", counts.rejected(), counts.read(),
					Math.round(settings.maxRejectedShare() * 100)));
		}
		return new Decision(Verdict.APPLY, null);
	}

	private static String stored(String key, Object... args) {
		StringBuilder text = new StringBuilder(key);
		for (Object arg : args) {
			text.append(Rejection.SEPARATOR).append(arg);
		}
		return text.toString();
	}

}

package org.safercommunities.imports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a file read in full may do to the data held, at the default thresholds (50% of rows, 10% rejected). */
class ReplacementGuardTests {

	final ReplacementGuard guard = new ReplacementGuard(new ImportSettings.Guard(0.5, 0.1));

	static PoliceUkStreetImporter.Counts counts(int read, int imported, int rejected) {
		return new PoliceUkStreetImporter.Counts(read, imported, rejected);
	}

	@Test
	void aFileWhoseRowsWereAllRejectedFailsEvenForANewMonthOrWithReplace() {
		assertThat(guard.decide(0, counts(1, 0, 1), false).verdict()).isEqualTo(ReplacementGuard.Verdict.FAIL);
		assertThat(guard.decide(4761, counts(1, 0, 1), true).verdict()).isEqualTo(ReplacementGuard.Verdict.FAIL);
		assertThat(guard.decide(4761, counts(1, 0, 1), false).message())
			.isEqualTo("imports.failed.all-rejected" + Rejection.SEPARATOR + "1");
	}

	@Test
	void aNewMonthIsAppliedWhateverItsShareOfRejections() {
		assertThat(guard.decide(0, counts(10, 2, 8), false).verdict()).isEqualTo(ReplacementGuard.Verdict.APPLY);
	}

	@Test
	void farFewerRowsThanHeldAreHeldUnlessReplaceIsGiven() {
		ReplacementGuard.Decision truncated = guard.decide(4761, counts(40, 40, 0), false);

		assertThat(truncated.verdict()).isEqualTo(ReplacementGuard.Verdict.HOLD);
		assertThat(Rejection.splitArgs(truncated.message())).containsExactly("imports.held.fewer", "40", "4761", "50");
		assertThat(guard.decide(4761, counts(40, 40, 0), true).verdict()).isEqualTo(ReplacementGuard.Verdict.APPLY);
		// Half the rows held is enough; just under is not.
		assertThat(guard.decide(100, counts(50, 50, 0), false).verdict()).isEqualTo(ReplacementGuard.Verdict.APPLY);
		assertThat(guard.decide(100, counts(49, 49, 0), false).verdict()).isEqualTo(ReplacementGuard.Verdict.HOLD);
	}

	@Test
	void moreThanATenthRejectedIsHeldForAMonthHeld() {
		assertThat(guard.decide(100, counts(100, 90, 10), false).verdict()).isEqualTo(ReplacementGuard.Verdict.APPLY);
		ReplacementGuard.Decision rejected = guard.decide(100, counts(100, 89, 11), false);
		assertThat(rejected.verdict()).isEqualTo(ReplacementGuard.Verdict.HOLD);
		assertThat(Rejection.splitArgs(rejected.message())).containsExactly("imports.held.rejected", "11", "100", "10");
	}

}

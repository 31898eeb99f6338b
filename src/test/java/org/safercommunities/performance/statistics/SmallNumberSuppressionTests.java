package org.safercommunities.performance.statistics;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safercommunities.performance.statistics.SmallNumberSuppression.PublishedCount;
import org.safercommunities.performance.statistics.SmallNumberSuppression.PublishedRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The rules are the design's: primary below 5, secondary when a shown total would reveal one hidden cell. */
class SmallNumberSuppressionTests {

	private final SmallNumberSuppression suppression = SmallNumberSuppression.withDefaultThreshold();

	private static List<String> display(PublishedRow row) {
		return row.cells().stream().map(PublishedCount::display).toList();
	}

	@Test
	void hidesCountsBelowFive() {
		assertThat(suppression.suppress(4).suppressed()).isTrue();
		assertThat(suppression.suppress(0).display()).isEqualTo("[c]");
		assertThat(suppression.suppress(5).display()).isEqualTo("5");
		assertThat(suppression.suppress(5).value()).hasValue(5);
	}

	@Test
	void hidesTheNextSmallestCellWhenOnlyOneIsHidden() {
		// 3 is hidden; 40 − 10 − 7 − 20 would reveal it, so 7, the next smallest, goes too
		PublishedRow row = suppression.suppressRow(List.of(3L, 10L, 7L, 20L));

		assertThat(display(row)).containsExactly("[c]", "10", "[c]", "20");
		assertThat(row.total().display()).isEqualTo("40");
	}

	@Test
	void needsNoSecondaryCellWhenTwoAreAlreadyHidden() {
		PublishedRow row = suppression.suppressRow(List.of(3L, 2L, 10L));

		assertThat(display(row)).containsExactly("[c]", "[c]", "10");
		assertThat(row.total().display()).isEqualTo("15");
	}

	@Test
	void hidesASmallTotal() {
		PublishedRow row = suppression.suppressRow(List.of(1L, 2L));

		assertThat(display(row)).containsExactly("[c]", "[c]");
		assertThat(row.total().suppressed()).isTrue();
	}

	@Test
	void aLoneSmallCellHidesItsTotal() {
		PublishedRow row = suppression.suppressRow(List.of(4L));

		assertThat(display(row)).containsExactly("[c]");
		assertThat(row.total().suppressed()).isTrue();
	}

	@Test
	void breaksTiesForTheSecondaryCellByPosition() {
		assertThat(display(suppression.suppressRow(List.of(6L, 2L, 6L)))).containsExactly("[c]", "[c]", "6");
	}

	@Test
	void leavesRowsWithoutSmallNumbersAlone() {
		PublishedRow row = suppression.suppressRow(List.of(5L, 12L, 30L));

		assertThat(display(row)).containsExactly("5", "12", "30");
		assertThat(row.total().value()).hasValue(47);
	}

	@Test
	void theThresholdIsConfigurable() {
		SmallNumberSuppression ten = SmallNumberSuppression.withThreshold(10);

		assertThat(display(ten.suppressRow(List.of(9L, 10L, 15L)))).containsExactly("[c]", "[c]", "15");
		assertThatIllegalArgumentException().isThrownBy(() -> SmallNumberSuppression.withThreshold(0));
	}

}

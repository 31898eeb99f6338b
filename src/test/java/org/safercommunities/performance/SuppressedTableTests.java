package org.safercommunities.performance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SuppressedTableTests {

	@Test
	void aSmallCountIsHiddenAndSoIsTheNextSmallestInItsRowAndColumn() {
		// 3 is primary; its row total (3 + 20 = 23) and column total (3 + 30 = 33) would give it away, so the 20 in
		// its row and the 30 in its column go too, and then the 40 that completes those lines.
		SuppressedTable table = SuppressedTable.of(new long[][] { { 3, 20 }, { 30, 40 } }, 5);

		assertThat(table.display(0, 0)).isEqualTo("[c]");
		assertThat(table.isHidden(0, 1)).isTrue();
		assertThat(table.isHidden(1, 0)).isTrue();
		assertThat(table.isHidden(1, 1)).isTrue();
		assertThat(table.display(2, 2)).isEqualTo("93");
		assertNoLineRevealsAHiddenCell(table);
	}

	@Test
	void countsAtOrAboveTheThresholdAreShownWithTheirTotals() {
		SuppressedTable table = SuppressedTable.of(new long[][] { { 5, 6 }, { 7, 8 } }, 5);

		assertThat(table.display(0, 0)).isEqualTo("5");
		assertThat(table.display(0, 2)).isEqualTo("11");
		assertThat(table.display(2, 0)).isEqualTo("12");
		assertThat(table.display(2, 2)).isEqualTo("26");
	}

	@Test
	void zeroIsHiddenAndASmallTotalToo() {
		SuppressedTable table = SuppressedTable.of(new long[][] { { 0, 2 }, { 50, 60 } }, 5);

		assertThat(table.isHidden(0, 0)).isTrue();
		assertThat(table.isHidden(0, 1)).isTrue();
		assertThat(table.isHidden(0, 2)).as("row total 2").isTrue();
		assertNoLineRevealsAHiddenCell(table);
	}

	@Test
	void aLargerTableIsProtectedInEveryRowAndColumn() {
		long[][] cells = { { 12, 0, 7, 30 }, { 1, 9, 14, 22 }, { 40, 35, 3, 16 }, { 8, 8, 8, 8 } };
		SuppressedTable table = SuppressedTable.of(cells, 5);

		assertNoLineRevealsAHiddenCell(table);
		for (int i = 0; i <= table.rows(); i++) {
			for (int j = 0; j <= table.columns(); j++) {
				if (!table.isHidden(i, j)) {
					assertThat(Long.parseLong(table.display(i, j))).isGreaterThanOrEqualTo(5);
				}
			}
		}
	}

	/** A row or column with exactly one hidden member (cells and total) gives it away by subtraction. */
	static void assertNoLineRevealsAHiddenCell(SuppressedTable table) {
		for (int i = 0; i <= table.rows(); i++) {
			int hidden = 0;
			for (int j = 0; j <= table.columns(); j++) {
				hidden += table.isHidden(i, j) ? 1 : 0;
			}
			assertThat(hidden).as("row " + i).isNotEqualTo(1);
		}
		for (int j = 0; j <= table.columns(); j++) {
			int hidden = 0;
			for (int i = 0; i <= table.rows(); i++) {
				hidden += table.isHidden(i, j) ? 1 : 0;
			}
			assertThat(hidden).as("column " + j).isNotEqualTo(1);
		}
	}

}

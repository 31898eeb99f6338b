package org.safercommunities.performance;

import java.util.Arrays;

import org.safercommunities.performance.statistics.SmallNumberSuppression;

/**
 * A table of counts with row, column and grand totals, made safe to publish. Primary suppression hides every
 * count below the threshold (zero included, totals too), by {@link SmallNumberSuppression}. Secondary
 * suppression extends {@link SmallNumberSuppression#suppressRow} to both directions: every row and every column,
 * each with its total, is an equation (the cells add up to the total), and an equation with exactly one hidden
 * member gives it away by subtraction, so the smallest other member is hidden too (a cell before a total),
 * repeated until no row or column has exactly one hidden member.
 * <p>
 * A cell without data (the source has none for that area and month) is shown as {@link #NO_DATA}: it is neither
 * a count nor hidden, adds nothing to the totals, and is no member of any equation. A total with no data under it
 * is no data too.
 * <p>
 * Limitation: this stops disclosure by subtraction along a row or a column. It is not a full linear-programming
 * audit of every combination of rows and columns, which statistical disclosure tools such as tau-ARGUS make.
 */
final class SuppressedTable {

	/** How a cell without data is published. */
	static final String NO_DATA = "no data";

	private final long[][] values;

	private final boolean[][] hidden;

	private final boolean[][] present;

	private final int rows;

	private final int columns;

	private SuppressedTable(long[][] values, boolean[][] hidden, boolean[][] present) {
		this.values = values;
		this.hidden = hidden;
		this.present = present;
		this.rows = values.length - 1;
		this.columns = values[0].length - 1;
	}

	/** Suppresses {@code cells} (rows × columns, at least one of each, every one with data) with their totals. */
	static SuppressedTable of(long[][] cells, long threshold) {
		boolean[][] present = new boolean[cells.length][cells[0].length];
		for (boolean[] row : present) {
			Arrays.fill(row, true);
		}
		return of(cells, present, threshold);
	}

	/** As {@link #of(long[][], long)}, where only the cells marked {@code present} have data. */
	static SuppressedTable of(long[][] cells, boolean[][] hasData, long threshold) {
		SmallNumberSuppression suppression = SmallNumberSuppression.withThreshold(threshold);
		int rows = cells.length;
		int columns = cells[0].length;
		long[][] values = new long[rows + 1][columns + 1];
		boolean[][] present = new boolean[rows + 1][columns + 1];
		for (int i = 0; i < rows; i++) {
			for (int j = 0; j < columns; j++) {
				if (!hasData[i][j]) {
					continue;
				}
				present[i][j] = present[i][columns] = present[rows][j] = present[rows][columns] = true;
				values[i][j] = cells[i][j];
				values[i][columns] += cells[i][j];
				values[rows][j] += cells[i][j];
				values[rows][columns] += cells[i][j];
			}
		}
		boolean[][] hidden = new boolean[rows + 1][columns + 1];
		for (int i = 0; i <= rows; i++) {
			for (int j = 0; j <= columns; j++) {
				hidden[i][j] = present[i][j] && suppression.suppress(values[i][j]).suppressed();
			}
		}
		SuppressedTable table = new SuppressedTable(values, hidden, present);
		table.protectTotals();
		return table;
	}

	private void protectTotals() {
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int i = 0; i <= rows; i++) {
				changed |= protect(line(i, true), true, i);
			}
			for (int j = 0; j <= columns; j++) {
				changed |= protect(line(j, false), false, j);
			}
		}
	}

	private boolean[] line(int index, boolean row) {
		boolean[] line = new boolean[(row ? columns : rows) + 1];
		for (int k = 0; k < line.length; k++) {
			line[k] = row ? hidden[index][k] : hidden[k][index];
		}
		return line;
	}

	private boolean present(boolean row, int index, int k) {
		return row ? present[index][k] : present[k][index];
	}

	/** If exactly one member of the line is hidden, hides the smallest shown cell (or else the total). */
	private boolean protect(boolean[] line, boolean row, int index) {
		if (count(line) != 1) {
			return false;
		}
		int total = line.length - 1;
		int chosen = -1;
		for (int k = 0; k < total; k++) {
			if (!line[k] && present(row, index, k)
					&& (chosen < 0 || value(row, index, k) < value(row, index, chosen))) {
				chosen = k;
			}
		}
		if (chosen < 0) {
			chosen = total;
		}
		if (row) {
			hidden[index][chosen] = true;
		}
		else {
			hidden[chosen][index] = true;
		}
		return true;
	}

	private long value(boolean row, int index, int k) {
		return row ? values[index][k] : values[k][index];
	}

	private static int count(boolean[] line) {
		int count = 0;
		for (boolean member : line) {
			count += member ? 1 : 0;
		}
		return count;
	}

	public int rows() {
		return rows;
	}

	public int columns() {
		return columns;
	}

	/** Cell {@code (row, column)} as published; {@code rows()} is the totals row, {@code columns()} the totals column. */
	public String display(int row, int column) {
		if (!present[row][column]) {
			return NO_DATA;
		}
		return hidden[row][column] ? SmallNumberSuppression.SUPPRESSED : Long.toString(values[row][column]);
	}

	public boolean hasData(int row, int column) {
		return present[row][column];
	}

	public boolean isHidden(int row, int column) {
		return hidden[row][column];
	}

	@Override
	public String toString() {
		return Arrays.deepToString(hidden);
	}

}

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
 * Limitation: this stops disclosure by subtraction along a row or a column. It is not a full linear-programming
 * audit of every combination of rows and columns, which statistical disclosure tools such as tau-ARGUS make.
 */
final class SuppressedTable {

	private final long[][] values;

	private final boolean[][] hidden;

	private final int rows;

	private final int columns;

	private SuppressedTable(long[][] values, boolean[][] hidden) {
		this.values = values;
		this.hidden = hidden;
		this.rows = values.length - 1;
		this.columns = values[0].length - 1;
	}

	/** Suppresses {@code cells} (rows × columns, at least one of each) with their totals. */
	static SuppressedTable of(long[][] cells, long threshold) {
		SmallNumberSuppression suppression = SmallNumberSuppression.withThreshold(threshold);
		int rows = cells.length;
		int columns = cells[0].length;
		long[][] values = new long[rows + 1][columns + 1];
		for (int i = 0; i < rows; i++) {
			for (int j = 0; j < columns; j++) {
				values[i][j] = cells[i][j];
				values[i][columns] += cells[i][j];
				values[rows][j] += cells[i][j];
				values[rows][columns] += cells[i][j];
			}
		}
		boolean[][] hidden = new boolean[rows + 1][columns + 1];
		for (int i = 0; i <= rows; i++) {
			for (int j = 0; j <= columns; j++) {
				hidden[i][j] = suppression.suppress(values[i][j]).suppressed();
			}
		}
		SuppressedTable table = new SuppressedTable(values, hidden);
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

	/** If exactly one member of the line is hidden, hides the smallest shown cell (or else the total). */
	private boolean protect(boolean[] line, boolean row, int index) {
		if (count(line) != 1) {
			return false;
		}
		int total = line.length - 1;
		int chosen = -1;
		for (int k = 0; k < total; k++) {
			if (!line[k] && (chosen < 0 || value(row, index, k) < value(row, index, chosen))) {
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
		return hidden[row][column] ? SmallNumberSuppression.SUPPRESSED : Long.toString(values[row][column]);
	}

	public boolean isHidden(int row, int column) {
		return hidden[row][column];
	}

	@Override
	public String toString() {
		return Arrays.deepToString(hidden);
	}

}

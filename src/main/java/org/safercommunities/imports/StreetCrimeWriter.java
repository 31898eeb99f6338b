package org.safercommunities.imports;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.safercommunities.geography.Placement;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes placed street-level crime rows into street_crime, in the caller's transaction. On PostgreSQL the rows
 * stream through the COPY protocol while the file is still being read (several times faster than batched
 * INSERTs, see bench/README.md); on other databases (H2) they go in JDBC batches.
 */
abstract class StreetCrimeWriter implements AutoCloseable {

	static final String COLUMNS = "crime_month, force_code, row_no, import_id, crime_id, crime_type, longitude, "
			+ "latitude, lsoa_code, ward_code, borough_code, outcome";

	final String forceCode;

	final LocalDate month;

	final long importId;

	int written;

	StreetCrimeWriter(String forceCode, LocalDate month, long importId) {
		this.forceCode = forceCode;
		this.month = month;
		this.importId = importId;
	}

	static StreetCrimeWriter open(JdbcTemplate jdbc, String forceCode, LocalDate month, long importId)
			throws SQLException {
		DataSource dataSource = jdbc.getDataSource();
		Connection connection = DataSourceUtils.getConnection(dataSource);
		if (connection.isWrapperFor(PGConnection.class)) {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			return new Copy(forceCode, month, importId, copy,
					() -> DataSourceUtils.releaseConnection(connection, dataSource));
		}
		DataSourceUtils.releaseConnection(connection, dataSource);
		return new Batch(jdbc, forceCode, month, importId);
	}

	abstract void write(StreetCrimeRow row, Placement placement) throws SQLException;

	/** Runs other statements on the connection (which a COPY in progress keeps busy), then carries on. */
	abstract void between(Runnable work) throws SQLException;

	/** Everything written; returns the number of rows. */
	abstract int finish() throws SQLException;

	@Override
	public void close() throws SQLException {
	}

	/** PostgreSQL COPY … FROM STDIN in CSV: an unquoted empty field is NULL. */
	static final class Copy extends StreetCrimeWriter {

		private static final int FLUSH_AT = 256 * 1024;

		private static final String SQL = "copy street_crime (" + COLUMNS + ") from stdin with (format csv)";

		private final CopyManager copy;

		private CopyIn in;

		private final Runnable release;

		private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);

		private final String prefix;

		private boolean finished;

		Copy(String forceCode, LocalDate month, long importId, CopyManager copy, Runnable release) throws SQLException {
			super(forceCode, month, importId);
			this.copy = copy;
			this.release = release;
			this.prefix = month + "," + quote(forceCode) + ",";
			this.in = copy.copyIn(SQL);
		}

		@Override
		void between(Runnable work) throws SQLException {
			flush();
			in.endCopy();
			work.run();
			in = copy.copyIn(SQL);
		}

		@Override
		void write(StreetCrimeRow row, Placement placement) throws SQLException {
			buffer.append(prefix).append(row.rowNumber()).append(',').append(importId).append(',');
			text(row.crimeId()).append(',');
			text(row.crimeType()).append(',');
			number(row.longitudeText()).append(',');
			number(row.latitudeText()).append(',');
			text(row.lsoaCode()).append(',');
			text(placement.wardCode()).append(',');
			text(placement.boroughCode()).append(',');
			text(row.outcome()).append('\n');
			written++;
			if (buffer.length() >= FLUSH_AT) {
				flush();
			}
		}

		@Override
		int finish() throws SQLException {
			flush();
			in.endCopy();
			finished = true;
			return written;
		}

		@Override
		public void close() throws SQLException {
			try {
				if (!finished && in.isActive()) {
					in.cancelCopy();
				}
			}
			finally {
				release.run();
			}
		}

		private void flush() throws SQLException {
			if (buffer.length() > 0) {
				byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
				in.writeToCopy(bytes, 0, bytes.length);
				buffer.setLength(0);
			}
		}

		private StringBuilder text(String value) {
			return value == null ? buffer : buffer.append(quote(value));
		}

		private StringBuilder number(String value) {
			return value == null ? buffer : buffer.append(value);
		}

		private static String quote(String value) {
			return '"' + value.replace("\"", "\"\"") + '"';
		}

	}

	/** JDBC batches of INSERTs, for databases without COPY. */
	static final class Batch extends StreetCrimeWriter {

		static final int SIZE = 2000;

		private static final String INSERT = "insert into street_crime (" + COLUMNS
				+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

		private final JdbcTemplate jdbc;

		private final List<StreetCrimeRow> rows = new ArrayList<>(SIZE);

		private final List<Placement> placements = new ArrayList<>(SIZE);

		Batch(JdbcTemplate jdbc, String forceCode, LocalDate month, long importId) {
			super(forceCode, month, importId);
			this.jdbc = jdbc;
		}

		@Override
		void write(StreetCrimeRow row, Placement placement) {
			rows.add(row);
			placements.add(placement);
			if (rows.size() == SIZE) {
				flush();
			}
		}

		@Override
		int finish() {
			flush();
			return written;
		}

		@Override
		void between(Runnable work) {
			flush();
			work.run();
		}

		private void flush() {
			if (rows.isEmpty()) {
				return;
			}
			java.sql.Date date = java.sql.Date.valueOf(month);
			jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {

				@Override
				public void setValues(PreparedStatement ps, int i) throws SQLException {
					StreetCrimeRow row = rows.get(i);
					Placement placement = placements.get(i);
					ps.setDate(1, date);
					ps.setString(2, forceCode);
					ps.setInt(3, row.rowNumber());
					ps.setLong(4, importId);
					ps.setString(5, row.crimeId());
					ps.setString(6, row.crimeType());
					setDouble(ps, 7, row.longitude());
					setDouble(ps, 8, row.latitude());
					ps.setString(9, row.lsoaCode());
					ps.setString(10, placement.wardCode());
					ps.setString(11, placement.boroughCode());
					ps.setString(12, row.outcome());
				}

				@Override
				public int getBatchSize() {
					return rows.size();
				}

			});
			written += rows.size();
			rows.clear();
			placements.clear();
		}

		private static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
			if (value == null) {
				ps.setNull(index, Types.DOUBLE);
			}
			else {
				ps.setDouble(index, value);
			}
		}

	}

}

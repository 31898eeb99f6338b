package org.safercommunities.reporting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

/**
 * Bucket4j buckets in the {@code rate_limit_bucket} table, so every app instance counts against the same limit.
 * Bucket4j's own PostgreSQL module is not available from our repository; its select-for-update proxy manager is
 * this one, in SQL that PostgreSQL and H2 (PostgreSQL mode) both run: lock the row, or insert an empty one and
 * retry, then write the new state in the same transaction.
 */
class JdbcBucketStore extends AbstractSelectForUpdateBasedProxyManager<String> {

	private final DataSource dataSource;

	JdbcBucketStore(DataSource dataSource, ClientSideConfig config) {
		super(config);
		this.dataSource = dataSource;
	}

	@Override
	public void removeProxy(String key) {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement delete = connection.prepareStatement("delete from rate_limit_bucket where id = ?")) {
			delete.setString(1, key);
			delete.executeUpdate();
		}
		catch (SQLException ex) {
			throw BucketExceptions.from(ex);
		}
	}

	/** Deletes buckets that have refilled completely: they are the same as no bucket. */
	int removeExpired(long nowMillis) {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement delete = connection.prepareStatement("delete from rate_limit_bucket where expires_at < ?")) {
			delete.setLong(1, nowMillis);
			return delete.executeUpdate();
		}
		catch (SQLException ex) {
			throw BucketExceptions.from(ex);
		}
	}

	@Override
	public boolean isExpireAfterWriteSupported() {
		return true;
	}

	@Override
	protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> requestTimeoutNanos) {
		try {
			return new Transaction(dataSource.getConnection(), key);
		}
		catch (SQLException ex) {
			throw BucketExceptions.from(ex);
		}
	}

	private final class Transaction implements SelectForUpdateBasedTransaction {

		private final Connection connection;

		private final String key;

		Transaction(Connection connection, String key) {
			this.connection = connection;
			this.key = key;
		}

		@Override
		public void begin(Optional<Long> timeout) {
			try {
				connection.setAutoCommit(false);
			}
			catch (SQLException ex) {
				throw BucketExceptions.from(ex);
			}
		}

		@Override
		public LockAndGetResult tryLockAndGet(Optional<Long> timeout) {
			try (PreparedStatement select = connection
				.prepareStatement("select state from rate_limit_bucket where id = ? for update")) {
				applyTimeout(select, timeout);
				select.setString(1, key);
				try (ResultSet row = select.executeQuery()) {
					return row.next() ? LockAndGetResult.locked(row.getBytes(1)) : LockAndGetResult.notLocked();
				}
			}
			catch (SQLException ex) {
				throw BucketExceptions.from(ex);
			}
		}

		@Override
		public boolean tryInsertEmptyData(Optional<Long> timeout) {
			try (PreparedStatement insert = connection
				.prepareStatement("insert into rate_limit_bucket (id, state) values (?, null) on conflict do nothing")) {
				applyTimeout(insert, timeout);
				insert.setString(1, key);
				return insert.executeUpdate() > 0;
			}
			catch (SQLException ex) {
				throw BucketExceptions.from(ex);
			}
		}

		@Override
		public void update(byte[] data, RemoteBucketState newState, Optional<Long> timeout) {
			try (PreparedStatement update = connection
				.prepareStatement("update rate_limit_bucket set state = ?, expires_at = ? where id = ?")) {
				applyTimeout(update, timeout);
				update.setBytes(1, data);
				Optional<Long> timeToLive = getClientSideConfig().getExpirationAfterWriteStrategy()
					.map(strategy -> strategy.calculateTimeToLiveMillis(newState, currentTimeNanos()));
				if (timeToLive.isPresent()) {
					update.setLong(2, currentTimeNanos() / 1_000_000 + timeToLive.get());
				}
				else {
					update.setNull(2, java.sql.Types.BIGINT);
				}
				update.setString(3, key);
				update.executeUpdate();
			}
			catch (SQLException ex) {
				throw BucketExceptions.from(ex);
			}
		}

		@Override
		public void commit(Optional<Long> timeout) {
			try {
				connection.commit();
			}
			catch (SQLException ex) {
				throw BucketExceptions.from(ex);
			}
		}

		@Override
		public void rollback() {
			try {
				connection.rollback();
			}
			catch (SQLException ex) {
				throw BucketExceptions.from(ex);
			}
		}

		@Override
		public void release() {
			try {
				connection.setAutoCommit(true);
				connection.close();
			}
			catch (SQLException ex) {
				throw BucketExceptions.from(ex);
			}
		}

	}

}

package org.safercommunities.uploads;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** Files held while no scanner was reachable are scanned once one is, one transaction each, stopping when it goes. */
class HeldFileScansTests {

	@Test
	void withoutAScannerNothingIsTried() {
		Held held = new Held("door");
		HeldFileScans scans = new HeldFileScans(new VirusScanning(FileContentsTests.SETTINGS), new CountingTransactions());

		assertThat(scans.scan(held)).isZero();
		assertThat(held.results).isEmpty();
	}

	@Test
	void heldFilesAreScannedEachInItsOwnTransactionAndAVirusIsRecordedAsInfected() throws Exception {
		try (FakeClamd clamd = new FakeClamd()) {
			Held held = new Held("a letter", "before " + UploadSamples.EICAR + " after");
			CountingTransactions transactions = new CountingTransactions();
			HeldFileScans scans = new HeldFileScans(new VirusScanning(SafeUploadsTests.withClamd(clamd.port())), transactions);

			assertThat(scans.scan(held)).isEqualTo(2);

			assertThat(held.results.get(1L).status()).isEqualTo(ScanStatus.CLEAN);
			assertThat(held.results.get(2L)).isEqualTo(new ScanResult(ScanStatus.INFECTED, "Eicar-Test-Signature"));
			assertThat(transactions.committed).isEqualTo(2);
			assertThat(scans.scan(held)).as("nothing held any more").isZero();
		}
	}

	@Test
	void aScannerThatCannotBeReachedLeavesEveryFileHeld() throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		Held held = new Held("one", "two");
		HeldFileScans scans = new HeldFileScans(new VirusScanning(SafeUploadsTests.withClamd(port)), new CountingTransactions());

		assertThat(scans.scan(held)).isZero();
		assertThat(held.results).isEmpty();
		assertThat(held.asked).as("stopped at the first file").containsExactly(1L);
	}

	/** Held files in memory, ids from 1. */
	private static final class Held implements HeldFiles {

		final Map<Long, byte[]> contents = new LinkedHashMap<>();

		final Map<Long, ScanResult> results = new LinkedHashMap<>();

		final List<Long> asked = new ArrayList<>();

		Held(String... contents) {
			for (String content : contents) {
				this.contents.put((long) this.contents.size() + 1, content.getBytes(StandardCharsets.ISO_8859_1));
			}
		}

		@Override
		public List<Long> heldIds(int limit) {
			return contents.keySet().stream().filter(id -> !results.containsKey(id)).limit(limit).toList();
		}

		@Override
		public Optional<byte[]> heldContent(long id) {
			asked.add(id);
			return results.containsKey(id) ? Optional.empty() : Optional.ofNullable(contents.get(id));
		}

		@Override
		public void scanned(long id, ScanResult result) {
			results.put(id, result);
		}

	}

	private static final class CountingTransactions extends AbstractPlatformTransactionManager {

		int committed;

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
			committed++;
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}

	}

}

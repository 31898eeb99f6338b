package org.safercommunities.imports;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports, for the web page and the command line alike: checks a file and logs it (prepare), then loads
 * it in one transaction (run).
 * <p>
 * Idempotent: a file whose force, month and SHA-256 match a completed import is skipped, and nothing changes.
 * A different file for the same force and month (police.uk republishes months as outcomes change) replaces
 * that month as a whole, and the earlier import is marked REPLACED; the replaced rows are kept so the
 * replacement can be undone. A file that would wipe good data (far fewer rows than held, or many rejected) is
 * HELD for an analyst to confirm or discard, and one whose every row was rejected FAILS: neither changes the
 * data ({@link ReplacementGuard}). Resumable: the month is written in one transaction, so after a crash the
 * previous data stands and running the same file again imports it.
 */
@Component
class ImportRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final ImportLog importLog;

	private final PoliceUkStreetImporter streets;

	private final HateCrimeImporter hateCrime;

	private final ImportProgress progress;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final StreetCrimeMonths streetMonths;

	private final HateCrimeMonths hateMonths;

	private final JdbcPoliceDataCoverage coverage;

	private final ReplacementGuard guard;

	private final Map<String, Object> locks = new ConcurrentHashMap<>();

	ImportRunner(ImportLog importLog, PoliceUkStreetImporter streets, HateCrimeImporter hateCrime,
			ImportProgress progress, PlatformTransactionManager transactions, ApplicationEventPublisher events,
			StreetCrimeMonths streetMonths, HateCrimeMonths hateMonths, JdbcPoliceDataCoverage coverage,
			ImportSettings settings) {
		this.importLog = importLog;
		this.events = events;
		this.streetMonths = streetMonths;
		this.hateMonths = hateMonths;
		this.coverage = coverage;
		this.guard = new ReplacementGuard(settings.guard());
		this.streets = streets;
		this.hateCrime = hateCrime;
		this.progress = progress;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Checks the file and logs it as queued; or says it was imported already, or why it cannot be. */
	ImportOutcome prepare(ImportKind kind, ImportFile file, Long startedBy) {
		String sha256 = null;
		try {
			sha256 = CsvFiles.sha256(file.path());
			PoliceUkStreetImporter.FileFacts facts = facts(kind, file);
			var duplicate = importLog.completedDuplicate(kind, facts.forceCode(), facts.month(), sha256);
			if (duplicate.isPresent()) {
				return new ImportOutcome(file.fileName(), ImportOutcome.Result.SKIPPED_DUPLICATE, duplicate.get());
			}
			long id = importLog.create(kind, file.fileName(), sha256, facts.forceCode(), facts.forceName(),
					facts.month(), ImportStatus.QUEUED, null, startedBy);
			progress.queued(id);
			return new ImportOutcome(file.fileName(), ImportOutcome.Result.QUEUED, id);
		}
		catch (ImportFailure failure) {
			long id = importLog.create(kind, file.fileName(), sha256 == null ? "" : sha256, null, null, null,
					ImportStatus.FAILED, failure.stored(), startedBy);
			return new ImportOutcome(file.fileName(), ImportOutcome.Result.FAILED, id);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Import of a {} file could not start: {}", kind, ex.toString());
			long id = importLog.create(kind, file.fileName(), sha256 == null ? "" : sha256, null, null, null,
					ImportStatus.FAILED, "imports.failed.unreadable", startedBy);
			return new ImportOutcome(file.fileName(), ImportOutcome.Result.FAILED, id);
		}
	}

	/** Loads a prepared import; returns it as logged afterwards. A file that would wipe good data is HELD. */
	PoliceImport run(long id, ImportFile file, ImportProgressListener listener) {
		return run(id, file, listener, false);
	}

	/**
	 * Loads a prepared import; with {@code replace} it replaces the data held whatever the guard says (the
	 * command line's --replace). Returns the import as logged afterwards.
	 */
	PoliceImport run(long id, ImportFile file, ImportProgressListener listener, boolean replace) {
		PoliceImport queued = importLog.find(id).orElseThrow();
		ImportProgressListener live = progress.listenerFor(id);
		ImportProgressListener both = (bytes, total, read, imported, rejected) -> {
			live.progress(bytes, total, read, imported, rejected);
			listener.progress(bytes, total, read, imported, rejected);
		};
		synchronized (lockOf(queued)) {
			importLog.markRunning(id);
			progress.running(id);
			long started = System.nanoTime();
			try {
				ReplacementGuard.Verdict verdict = transaction.execute(status -> {
					try {
						return queued.kind() == ImportKind.POLICE_UK_STREET ? loadStreets(queued, file, both, replace)
								: loadHateCrime(queued, file, both, replace);
					}
					catch (IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
				});
				PoliceImport done = importLog.find(id).orElseThrow();
				log.info("Import {} {}: {} rows read, {} imported, {} rejected in {} ms", id, done.status(),
						done.rowsRead(), done.rowsImported(), done.rowsRejected(), (System.nanoTime() - started) / 1_000_000);
				if (verdict == ReplacementGuard.Verdict.APPLY) {
					publish(id, queued.kind(), monthsOf(done));
				}
			}
			catch (ImportFailure failure) {
				importLog.markFailed(id, failure.stored());
			}
			catch (RuntimeException ex) {
				log.warn("Import {} failed", id, ex);
				importLog.markFailed(id, "imports.failed.error");
			}
			finally {
				progress.finished(id);
			}
		}
		return importLog.find(id).orElseThrow();
	}

	/**
	 * The month's rows are set aside (kept as replaced by this import), the file's rows written straight into
	 * street_crime, then the guard decides: apply, or put the previous rows back (the new ones held, or dropped).
	 * Setting aside costs nothing for a month not held, the usual case, so the fast path stays as fast as before.
	 */
	private ReplacementGuard.Verdict loadStreets(PoliceImport queued, ImportFile file, ImportProgressListener listener,
			boolean replace) throws IOException {
		long id = queued.id();
		int before = streetMonths.setAside(id, queued.forceCode(), queued.month());
		PoliceUkStreetImporter.Counts loaded = streets.load(id, file.path(),
				new PoliceUkStreetImporter.FileFacts(queued.forceCode(), queued.forceName(), queued.month()), listener,
				importLog);
		ReplacementGuard.Decision decision = guard.decide(before, loaded, replace);
		switch (decision.verdict()) {
			case APPLY -> {
				applied(queued);
				coverage.record(queued.forceCode(), queued.month());
				importLog.markCompleted(id, loaded.read(), loaded.imported(), loaded.rejected(), before);
			}
			case HOLD -> {
				streetMonths.hold(id, queued.forceCode(), queued.month());
				streetMonths.putBack(id, queued.forceCode(), queued.month());
				importLog.markHeld(id, loaded.read(), loaded.imported(), loaded.rejected(), before, decision.message());
			}
			case FAIL -> {
				streetMonths.putBack(id, queued.forceCode(), queued.month());
				importLog.markFailed(id, loaded.read(), loaded.rejected(), decision.message());
			}
		}
		return decision.verdict();
	}

	private ReplacementGuard.Verdict loadHateCrime(PoliceImport queued, ImportFile file, ImportProgressListener listener,
			boolean replace) throws IOException {
		long id = queued.id();
		HateCrimeFile read = hateCrime.read(id, file.path(), listener, importLog);
		PoliceUkStreetImporter.Counts counts = read.counts();
		int before = read.rows().isEmpty() ? 0 : hateMonths.rowsHeld(read.source(), read.firstMonth(), read.lastMonth());
		ReplacementGuard.Decision decision = guard.decide(before, counts, replace);
		switch (decision.verdict()) {
			case APPLY -> {
				hateMonths.replace(id, read.source(), read.firstMonth(), read.lastMonth(), read.rows());
				applied(queued);
				importLog.markCompleted(id, counts.read(), counts.imported(), counts.rejected(), before);
			}
			case HOLD -> {
				hateMonths.hold(id, read.rows());
				importLog.markHeld(id, counts.read(), counts.imported(), counts.rejected(), before, decision.message());
			}
			case FAIL -> importLog.markFailed(id, counts.read(), counts.rejected(), decision.message());
		}
		return decision.verdict();
	}

	/** The import's rows are the data now: earlier imports of the same data are replaced, held ones discarded. */
	private void applied(PoliceImport applied) {
		importLog.supersede(applied.id(), applied.kind(), applied.forceCode(), applied.month());
		for (Long held : importLog.heldOfSameData(applied.id(), applied.kind(), applied.forceCode(), applied.month())) {
			if (applied.kind() == ImportKind.POLICE_UK_STREET) {
				streetMonths.discardHeld(held);
			}
			else {
				hateMonths.discardHeld(held);
			}
			importLog.setStatus(held, ImportStatus.DISCARDED);
		}
	}

	/** An analyst confirms a held file: it replaces the data held, whose rows are kept so it can be undone. */
	PoliceImport confirm(long id) {
		PoliceImport held = importLog.find(id).orElseThrow();
		synchronized (lockOf(held)) {
			boolean applied = Boolean.TRUE.equals(transaction.execute(status -> {
				PoliceImport now = importLog.find(id).orElseThrow();
				if (now.status() != ImportStatus.HELD) {
					return false;
				}
				int before;
				if (now.kind() == ImportKind.POLICE_UK_STREET) {
					before = streetMonths.setAside(id, now.forceCode(), now.month());
					streetMonths.applyHeld(id);
					coverage.record(now.forceCode(), now.month());
				}
				else {
					before = hateMonths.applyHeld(id);
				}
				applied(now);
				importLog.markCompleted(id, now.rowsRead(), now.rowsImported(), now.rowsRejected(), before);
				return true;
			}));
			if (applied) {
				publish(id, held.kind(), monthsOf(importLog.find(id).orElseThrow()));
			}
		}
		return importLog.find(id).orElseThrow();
	}

	/** An analyst discards a held file: its rows go, nothing else changes. */
	PoliceImport discardHeld(long id) {
		PoliceImport held = importLog.find(id).orElseThrow();
		synchronized (lockOf(held)) {
			transaction.executeWithoutResult(status -> {
				if (importLog.find(id).orElseThrow().status() != ImportStatus.HELD) {
					return;
				}
				if (held.kind() == ImportKind.POLICE_UK_STREET) {
					streetMonths.discardHeld(id);
				}
				else {
					hateMonths.discardHeld(id);
				}
				importLog.setStatus(id, ImportStatus.DISCARDED);
			});
		}
		return importLog.find(id).orElseThrow();
	}

	/** Whether the import's rows are the data now and the rows it replaced are still kept. */
	boolean canUndo(PoliceImport policeImport) {
		return policeImport.status() == ImportStatus.COMPLETED && replacedRows(policeImport) > 0;
	}

	int replacedRows(PoliceImport policeImport) {
		return policeImport.kind() == ImportKind.POLICE_UK_STREET ? streetMonths.replacedRows(policeImport.id())
				: hateMonths.replacedRows(policeImport.id());
	}

	/** Undoes a replacement: the rows it replaced are put back exactly and the import is marked UNDONE. */
	PoliceImport undo(long id) {
		PoliceImport done = importLog.find(id).orElseThrow();
		synchronized (lockOf(done)) {
			List<YearMonth> months = monthsOf(done);
			boolean undone = Boolean.TRUE.equals(transaction.execute(status -> {
				PoliceImport now = importLog.find(id).orElseThrow();
				if (!canUndo(now)) {
					return false;
				}
				if (now.kind() == ImportKind.POLICE_UK_STREET) {
					streetMonths.putBack(id, now.forceCode(), now.month());
					importLog.reinstate(streetMonths.importsHolding(now.forceCode(), now.month()));
					coverage.record(now.forceCode(), now.month());
				}
				else {
					List<Long> previous = hateMonths.importsHolding(id);
					hateMonths.putBack(id);
					importLog.reinstate(previous);
				}
				importLog.setStatus(id, ImportStatus.UNDONE);
				return true;
			}));
			if (undone) {
				publish(id, done.kind(), months);
			}
		}
		return importLog.find(id).orElseThrow();
	}

	/** Forgets the rows a replacement took out: it can no longer be undone. Changes no data. */
	void discardReplaced(long id) {
		PoliceImport done = importLog.find(id).orElseThrow();
		if (done.kind() == ImportKind.POLICE_UK_STREET) {
			streetMonths.discardReplaced(id);
		}
		else {
			hateMonths.discardReplaced(id);
		}
	}

	private Object lockOf(PoliceImport policeImport) {
		String key = policeImport.kind() + "/" + policeImport.forceCode() + "/" + policeImport.month();
		return locks.computeIfAbsent(key, k -> new Object());
	}

	/**
	 * After the commit, so listeners read the new rows; on this thread, so a caller that waits for the import
	 * (the command line, tests) also waits for what listeners derive from it.
	 */
	private void publish(long id, ImportKind kind, List<YearMonth> months) {
		try {
			events.publishEvent(new ImportCompleted(id, kind, months));
		}
		catch (RuntimeException ex) {
			log.warn("A listener failed after import {} changed the data; the change stands", id, ex);
		}
	}

	private List<YearMonth> monthsOf(PoliceImport done) {
		if (done.kind() == ImportKind.POLICE_UK_STREET) {
			return List.of(YearMonth.from(done.month()));
		}
		return hateMonths.monthsTouchedBy(done.id());
	}

	private PoliceUkStreetImporter.FileFacts facts(ImportKind kind, ImportFile file) throws IOException {
		if (kind == ImportKind.POLICE_UK_STREET) {
			return streets.sniff(file.path(), file.fileName());
		}
		hateCrime.sniff(file.path());
		return new PoliceUkStreetImporter.FileFacts(PoliceUkStreetImporter.forceCode(hateCrime.forceName()),
				hateCrime.forceName(), (LocalDate) null);
	}


}

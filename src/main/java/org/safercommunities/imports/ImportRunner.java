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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports, for the web page and the command line alike: checks a file and logs it (prepare), then loads
 * it in one transaction (run).
 * <p>
 * Idempotent: a file whose force, month and SHA-256 match a completed import is skipped, and nothing changes.
 * A different file for the same force and month (police.uk republishes months as outcomes change) replaces
 * that month as a whole, and the earlier import is marked REPLACED. Resumable: the month is written in one
 * transaction, so after a crash the previous data stands and running the same file again imports it.
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

	private final JdbcClient jdbc;

	private final Map<String, Object> locks = new ConcurrentHashMap<>();

	ImportRunner(ImportLog importLog, PoliceUkStreetImporter streets, HateCrimeImporter hateCrime,
			ImportProgress progress, PlatformTransactionManager transactions, ApplicationEventPublisher events,
			JdbcClient jdbc) {
		this.importLog = importLog;
		this.events = events;
		this.jdbc = jdbc;
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

	/** Loads a prepared import; returns it as logged afterwards. */
	PoliceImport run(long id, ImportFile file, ImportProgressListener listener) {
		PoliceImport queued = importLog.find(id).orElseThrow();
		ImportProgressListener live = progress.listenerFor(id);
		ImportProgressListener both = (bytes, total, read, imported, rejected) -> {
			live.progress(bytes, total, read, imported, rejected);
			listener.progress(bytes, total, read, imported, rejected);
		};
		String key = queued.kind() + "/" + queued.forceCode() + "/" + queued.month();
		synchronized (locks.computeIfAbsent(key, k -> new Object())) {
			importLog.markRunning(id);
			progress.running(id);
			long started = System.nanoTime();
			try {
				PoliceUkStreetImporter.Counts counts = transaction.execute(status -> {
					try {
						importLog.supersede(id, queued.kind(), queued.forceCode(), queued.month());
						PoliceUkStreetImporter.Counts loaded = queued.kind() == ImportKind.POLICE_UK_STREET
								? streets.load(id, file.path(), new PoliceUkStreetImporter.FileFacts(queued.forceCode(),
										queued.forceName(), queued.month()), both, importLog)
								: hateCrime.load(id, file.path(), both, importLog);
						importLog.markCompleted(id, loaded.read(), loaded.imported(), loaded.rejected());
						return loaded;
					}
					catch (IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
				});
				log.info("Import {} completed: {} rows read, {} imported, {} rejected in {} ms", id, counts.read(),
						counts.imported(), counts.rejected(), (System.nanoTime() - started) / 1_000_000);
				// After the commit, so listeners read the new rows; on this thread, so a caller that waits for the
				// import (the command line, tests) also waits for what listeners derive from it.
				try {
					events.publishEvent(new ImportCompleted(id, queued.kind(), monthsOf(queued)));
				}
				catch (RuntimeException ex) {
					log.warn("A listener failed after import {} completed; the import stands", id, ex);
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

	private List<YearMonth> monthsOf(PoliceImport done) {
		if (done.kind() == ImportKind.POLICE_UK_STREET) {
			return List.of(YearMonth.from(done.month()));
		}
		return jdbc.sql("select distinct crime_month from hate_crime_count where import_id = ? order by crime_month")
			.param(done.id())
			.query(LocalDate.class)
			.list()
			.stream()
			.map(YearMonth::from)
			.toList();
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

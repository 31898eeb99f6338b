package org.safercommunities.imports;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.annotation.PreDestroy;
import org.safercommunities.audit.AuditTrail;
import org.safercommunities.shared.CurrentActor;
import org.safercommunities.shared.StaffActor;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The imports module's public API for staff: hand files over for import, follow them, and download the rows
 * each rejected. Analysts only (DESIGN section 1). Files are imported one at a time, in the background.
 */
@Service
public class PoliceImports {

	private final ImportRunner runner;

	private final ImportLog log;

	private final ImportProgress progress;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final ImportsOverview overview;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "police-import");
		thread.setDaemon(true);
		return thread;
	});

	PoliceImports(ImportRunner runner, ImportLog log, ImportProgress progress, AuditTrail audit,
			MessageSource messages, ImportsOverview overview) {
		this.overview = overview;
		this.runner = runner;
		this.log = log;
		this.progress = progress;
		this.audit = audit;
		this.messages = messages;
	}

	/**
	 * Checks and queues each file, then imports the queued ones in the background, deleting each file when
	 * done. Files already imported are skipped.
	 */
	@PreAuthorize("hasRole('ANALYST')")
	public List<ImportOutcome> submit(ImportKind kind, List<ImportFile> files) {
		Long userId = CurrentActor.find().map(StaffActor::userId).orElse(null);
		List<ImportOutcome> outcomes = new ArrayList<>();
		for (ImportFile file : files) {
			ImportOutcome outcome = runner.prepare(kind, file, userId);
			outcomes.add(outcome);
			if (outcome.result() == ImportOutcome.Result.QUEUED) {
				audit.record("POLICE_IMPORT_STARTED", "police_import", outcome.importId(), kind.name());
				executor.submit(() -> {
					try {
						runner.run(outcome.importId(), file, ImportProgressListener.NONE);
					}
					finally {
						delete(file);
					}
				});
			}
			else {
				delete(file);
			}
		}
		return outcomes;
	}

	@PreAuthorize("hasRole('ANALYST')")
	public List<PoliceImport> recent() {
		return log.recent(100);
	}

	@PreAuthorize("hasRole('ANALYST')")
	public Optional<PoliceImport> find(long id) {
		return log.find(id);
	}

	/** Percentage done of a queued or running import, from this instance's live progress. */
	@PreAuthorize("hasRole('ANALYST')")
	public Optional<Integer> percentDone(long id) {
		return progress.find(id).map(ImportProgress.Snapshot::percent);
	}

	/** The import's message (why it failed) in the reader's language, or null. */
	@PreAuthorize("hasRole('ANALYST')")
	public String message(PoliceImport policeImport, Locale locale) {
		return resolve(policeImport.message(), locale);
	}

	/** Writes the rejected rows as CSV: row number, reason, the row as read. */
	@PreAuthorize("hasRole('ANALYST')")
	public void writeRejections(long id, Writer out, Locale locale) throws IOException {
		CsvWriter csv = CsvWriter.builder().build(out);
		csv.writeRecord(messages.getMessage("imports.report.row", null, locale),
				messages.getMessage("imports.report.reason", null, locale),
				messages.getMessage("imports.report.content", null, locale));
		log.forEachRejection(id, rejection -> csv.writeRecord(String.valueOf(rejection.rowNumber()),
				messages.getMessage(rejection.reasonCode(), rejection.reasonArgs().toArray(), locale),
				rejection.rowText() == null ? "" : rejection.rowText()));
		csv.flush();
	}

	/** Replaces the data held with a HELD file's rows (the previous rows are kept, so it can be undone). */
	@PreAuthorize("hasRole('ANALYST')")
	public PoliceImport confirm(long id) {
		PoliceImport done = runner.confirm(id);
		audit.record("POLICE_IMPORT_CONFIRMED", "police_import", id, done.status().name());
		return done;
	}

	/** Discards a HELD file; the data held does not change. */
	@PreAuthorize("hasRole('ANALYST')")
	public PoliceImport discard(long id) {
		PoliceImport done = runner.discardHeld(id);
		audit.record("POLICE_IMPORT_DISCARDED", "police_import", id, done.status().name());
		return done;
	}

	/** Puts back the rows a replacement took out. */
	@PreAuthorize("hasRole('ANALYST')")
	public PoliceImport undo(long id) {
		PoliceImport done = runner.undo(id);
		audit.record("POLICE_IMPORT_UNDONE", "police_import", id, done.status().name());
		return done;
	}

	/** Forgets the rows a replacement took out; it can no longer be undone. */
	@PreAuthorize("hasRole('ANALYST')")
	public void discardPrevious(long id) {
		runner.discardReplaced(id);
		audit.record("POLICE_IMPORT_PREVIOUS_DISCARDED", "police_import", id, null);
	}

	@PreAuthorize("hasRole('ANALYST')")
	public boolean canUndo(PoliceImport policeImport) {
		return runner.canUndo(policeImport);
	}

	/** Rows the import replaced that are still kept (0: nothing to undo or discard). */
	@PreAuthorize("hasRole('ANALYST')")
	public int replacedRowsKept(PoliceImport policeImport) {
		return runner.replacedRows(policeImport);
	}

	/** Every police.uk force's month held, newest first, with the imports of it. */
	@PreAuthorize("hasRole('ANALYST')")
	public List<ImportsOverview.StreetMonth> streetMonthsHeld() {
		return overview.streetMonths();
	}

	@PreAuthorize("hasRole('ANALYST')")
	public List<ImportsOverview.HateCrimeHeld> hateCrimeHeld() {
		return overview.hateCrime();
	}

	/** Before and after counts of a held file or a replacement that can be undone; null otherwise. */
	@PreAuthorize("hasRole('ANALYST')")
	public ImportsOverview.Comparison comparison(PoliceImport policeImport) {
		return overview.compare(policeImport, runner.replacedRows(policeImport));
	}

	String resolve(String stored, Locale locale) {
		if (stored == null || stored.isEmpty()) {
			return null;
		}
		List<String> parts = Rejection.splitArgs(stored);
		Object[] args = parts.subList(1, parts.size()).stream().map(PoliceImports::numberIfWhole).toArray();
		return messages.getMessage(parts.get(0), args, parts.get(0), locale);
	}

	/** Whole numbers stored as text are formatted as numbers (4,761). */
	private static Object numberIfWhole(String arg) {
		return arg.matches("\\d{1,15}") ? (Object) Long.valueOf(arg) : arg;
	}

	private static void delete(ImportFile file) {
		try {
			Files.deleteIfExists(file.path());
		}
		catch (IOException ex) {
			// A temporary upload; the system's temporary directory clean-up will get it.
		}
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

}

package org.safercommunities.imports;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command line: {@code java -jar safer-communities.jar import police-uk FILE…} or
 * {@code import hate-crime FILE…}. Does nothing unless the first argument is {@code import}; then it imports
 * the files one by one with a progress bar in the terminal and exits (status 0 when every file was imported or
 * skipped as already imported, 1 when any failed or was refused, 2 for a usage error). A file that would replace
 * the data held with far fewer rows, or rejected many rows, is refused (held) unless {@code --replace} is given. It runs after the geography loaders.
 */
@Component
@Order(100)
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String COMMAND = "import";

	private final ImportRunner runner;

	private final ApplicationContext context;

	private final MessageSource messages;

	private final boolean exitWhenDone;

	private int exitCode;

	ImportCommand(ImportRunner runner, ApplicationContext context, MessageSource messages,
			@org.springframework.beans.factory.annotation.Value("${safer.imports.command.exit:true}") boolean exitWhenDone) {
		this.runner = runner;
		this.context = context;
		this.messages = messages;
		this.exitWhenDone = exitWhenDone;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> arguments = args.getNonOptionArgs();
		if (arguments.isEmpty() || !arguments.get(0).equals(COMMAND)) {
			return;
		}
		exitCode = execute(arguments.subList(1, arguments.size()), args.containsOption("replace"), System.out);
		if (exitWhenDone) {
			System.exit(SpringApplication.exit(context, this));
		}
	}

	int execute(List<String> arguments, PrintStream out) {
		return execute(arguments, false, out);
	}

	/**
	 * Imports the files. Without {@code replace}, a file that would replace the data held with far fewer rows, or
	 * that rejected many rows, is refused (held, nothing changed) with the reason and the counts.
	 */
	int execute(List<String> arguments, boolean replace, PrintStream out) {
		if (arguments.size() < 2 || kind(arguments.get(0)) == null) {
			out.println(text("imports.command.usage"));
			out.println(text("imports.command.usage.replace"));
			return 2;
		}
		ImportKind kind = kind(arguments.get(0));
		int failures = 0;
		long rows = 0;
		long started = System.nanoTime();
		for (String name : arguments.subList(1, arguments.size())) {
			Path path = Path.of(name);
			if (!Files.isReadable(path)) {
				out.println(text("imports.command.unreadable", name));
				failures++;
				continue;
			}
			ImportFile file = new ImportFile(path, path.getFileName().toString());
			ImportOutcome outcome = runner.prepare(kind, file, null);
			switch (outcome.result()) {
				case SKIPPED_DUPLICATE -> out.println(text("imports.command.duplicate", file.fileName(),
						String.valueOf(outcome.importId())));
				case FAILED -> {
					out.println(text("imports.command.failed", file.fileName(), String.valueOf(outcome.importId())));
					failures++;
				}
				default -> {
					TerminalProgressBar bar = new TerminalProgressBar(out, file.fileName(), this::text);
					PoliceImport done = runner.run(outcome.importId(), file, bar, replace);
					bar.finish(done);
					rows += done.rowsRead();
					if (done.status() != ImportStatus.COMPLETED) {
						failures++;
						out.println("  " + message(done.message()));
					}
					if (done.status() == ImportStatus.HELD) {
						out.println("  " + messages.getMessage("imports.command.held.counts", new Object[] {
								done.rowsBefore(), done.rowsImported(), done.rowsRead(), done.rowsRejected() }, Locale.UK));
						out.println("  " + messages.getMessage("imports.command.held", null, Locale.UK));
					}
				}
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		out.println(text("imports.command.summary", String.format(Locale.UK, "%,d", rows),
				String.format(Locale.UK, "%.1f", seconds), String.format(Locale.UK, "%,.0f", seconds > 0 ? rows / seconds : 0),
				String.format(Locale.UK, "%,d", peakHeapMegabytes())));
		return failures == 0 ? 0 : 1;
	}

	/** A message of the imports bundle in English, as the operator's console is. */
	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.UK);
	}

	/** A stored message (key and arguments) in English. */
	private String message(String stored) {
		List<String> parts = Rejection.splitArgs(stored);
		if (parts.isEmpty()) {
			return "";
		}
		Object[] args = parts.subList(1, parts.size()).stream()
			.map(arg -> arg.matches("\\d{1,15}") ? (Object) Long.valueOf(arg) : arg)
			.toArray();
		return messages.getMessage(parts.get(0), args, stored, Locale.UK);
	}

	/** Sum of the heap pools' peak usage since start: an upper bound of the heap the import needed. */
	static long peakHeapMegabytes() {
		long bytes = 0;
		for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
				bytes += pool.getPeakUsage().getUsed();
			}
		}
		return bytes / (1024 * 1024);
	}

	private static ImportKind kind(String argument) {
		return switch (argument) {
			case "police-uk" -> ImportKind.POLICE_UK_STREET;
			case "hate-crime" -> ImportKind.HATE_CRIME_COUNTS;
			default -> null;
		};
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

	/** [##########----------]  50%  45,000 rows, redrawn in place with a carriage return. */
	static final class TerminalProgressBar implements ImportProgressListener {

		private static final int WIDTH = 30;

		private final PrintStream out;

		private final String name;

		private final BiFunction<String, Object[], String> text;

		private int lastPercent = -1;

		private final long started = System.nanoTime();

		TerminalProgressBar(PrintStream out, String name, BiFunction<String, Object[], String> text) {
			this.out = out;
			this.name = name;
			this.text = text;
		}

		@Override
		public void progress(long bytesRead, long totalBytes, int rowsRead, int imported, int rejected) {
			int percent = totalBytes <= 0 ? 0 : (int) Math.min(100, bytesRead * 100 / totalBytes);
			if (percent != lastPercent) {
				lastPercent = percent;
				out.print("\r" + line(percent, rowsRead, rejected));
				out.flush();
			}
		}

		void finish(PoliceImport done) {
			double seconds = (System.nanoTime() - started) / 1e9;
			out.print("\r" + line(100, done.rowsRead(), done.rowsRejected()));
			out.println(text.apply("imports.command.done", new Object[] { done.status().name().toLowerCase(),
					String.valueOf(done.rowsImported()), String.format(Locale.UK, "%.1f", seconds),
					String.format(Locale.UK, "%,.0f", seconds > 0 ? done.rowsRead() / seconds : 0) }));
		}

		String line(int percent, int rows, int rejected) {
			int filled = percent * WIDTH / 100;
			return text.apply("imports.command.progress", new Object[] { name,
					"#".repeat(filled) + "-".repeat(WIDTH - filled), String.format("%3d", percent),
					String.format("%,d", rows), String.format("%,d", rejected) });
		}

	}

}

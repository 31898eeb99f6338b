package org.safercommunities.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The benchmarks are run by hand, so nothing else would notice a broken one: every script under bench/ must
 * parse ({@code bash -n}), the import benchmark must start ({@code --help}, {@code --dry-run}), and every Java
 * file there must compile.
 */
class BenchScriptsTests {

	static final Path BENCH = Path.of("bench");

	@Test
	void everyBenchScriptParses() throws Exception {
		assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed to check the bench scripts");
		List<Path> scripts = files(".sh");
		assertThat(scripts).isNotEmpty();
		for (Path script : scripts) {
			Result result = run("bash", "-n", script.toString());
			assertThat(result.exit()).as("bash -n %s: %s", script, result.output()).isZero();
		}
	}

	@Test
	void theImportBenchmarkStarts() throws Exception {
		assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed to check the bench scripts");
		Result help = run("bash", "bench/run.sh", "--help");
		assertThat(help.exit()).as("bench/run.sh --help: %s", help.output()).isZero();
		assertThat(help.output()).contains("bash bench/run.sh --dry-run");

		Result dryRun = run("bash", "bench/run.sh", "--dry-run");
		// It fails only for a missing tool (psql or bc), which it names; it must never fail for a script error.
		assertThat(dryRun.output()).as("bench/run.sh --dry-run").contains("would build bench/data");
		assertThat(dryRun.output()).doesNotContain("syntax error").doesNotContain("unbound variable");
		if (dryRun.exit() != 0) {
			assertThat(dryRun.output()).containsPattern("missing (psql|bc|java)");
		}
	}

	/** The fault benchmarks (issue 10): --help says how to run them, --dry-run checks the tools and changes nothing. */
	@Test
	void theFaultBenchmarksStart() throws Exception {
		assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed to check the bench scripts");
		for (String[] script : new String[][] { { "bench/fault-kill.sh", "SIGKILL" },
				{ "bench/fault-postgres-restart.sh", "ALWAYS started again" } }) {
			Result help = run("bash", script[0], "--help");
			assertThat(help.exit()).as("%s --help: %s", script[0], help.output()).isZero();
			assertThat(help.output()).as("%s --help", script[0]).contains("Usage: bash " + script[0]).contains(script[1])
				.contains("PASS or FAIL");

			Result dryRun = run("bash", script[0], "--dry-run");
			assertThat(dryRun.output()).as("%s --dry-run", script[0]).doesNotContain("syntax error")
				.doesNotContain("unbound variable");
			if (dryRun.exit() == 0) {
				assertThat(dryRun.output()).as("%s --dry-run", script[0]).contains("would start the application");
			}
			else {
				// It fails only for a missing tool, which it names.
				assertThat(dryRun.output()).as("%s --dry-run", script[0]).containsPattern("missing (java|jar|curl|awk|psql|/etc/postgresql)");
			}
		}
		Result postgresDryRun = run("bash", "bench/fault-kill.sh", "--db", "postgres", "--dry-run");
		assertThat(postgresDryRun.output()).as("fault-kill.sh --db postgres --dry-run").doesNotContain("unbound variable");
		Result tooLong = run("bash", "bench/fault-postgres-restart.sh", "--down", "30", "--dry-run");
		assertThat(tooLong.exit()).as("PostgreSQL is never stopped for more than 10 s").isNotZero();
		assertThat(tooLong.output()).contains("at most 10");
	}

	@Test
	void theReportLoadBenchmarkStarts() throws Exception {
		assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed to check the bench scripts");
		Result help = run("bash", "bench/report-load.sh", "--help");
		assertThat(help.exit()).as("bench/report-load.sh --help: %s", help.output()).isZero();
		assertThat(help.output()).contains("--db h2|postgres", "--reporters", "--overload", "--jfr", "--dry-run");

		for (String db : List.of("h2", "postgres")) {
			Result dryRun = run("bash", "bench/report-load.sh", "--db", db, "--dry-run");
			assertThat(dryRun.output()).as("bench/report-load.sh --db %s --dry-run", db)
				.contains("would run the report load on " + db)
				.doesNotContain("syntax error")
				.doesNotContain("unbound variable");
			if (dryRun.exit() != 0) {
				assertThat(dryRun.output()).containsPattern("missing (java|curl|psql)");
			}
		}
		Result wrong = run("bash", "bench/report-load.sh", "--db", "oracle");
		assertThat(wrong.exit()).as("an unknown database is refused").isEqualTo(2);
	}

	/** The case-work benchmark (issue 12): --help says how to run it, --dry-run checks the tools and changes nothing. */
	@Test
	void theCaseworkBenchmarkStarts() throws Exception {
		assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed to check the bench scripts");
		Result help = run("bash", "bench/casework-load.sh", "--help");
		assertThat(help.exit()).as("bench/casework-load.sh --help: %s", help.output()).isZero();
		assertThat(help.output()).contains("--cases", "--people", "--timeline", "--repetitions", "--reuse", "--dry-run",
				"150 ms");

		Result dryRun = run("bash", "bench/casework-load.sh", "--cases", "10", "--dry-run");
		assertThat(dryRun.output()).as("bench/casework-load.sh --dry-run").contains("would start the application")
			.contains("10 cases")
			.doesNotContain("syntax error")
			.doesNotContain("unbound variable");
		if (dryRun.exit() != 0) {
			assertThat(dryRun.output()).containsPattern("missing (java|curl|psql|runuser)");
		}
		Result wrong = run("bash", "bench/casework-load.sh", "--rows", "5");
		assertThat(wrong.exit()).as("an unknown option is refused").isEqualTo(2);
	}

	@Test
	void everyBenchJavaFileCompiles() throws Exception {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		assumeTrue(compiler != null, "a JDK is needed to compile the bench files");
		List<Path> sources = files(".java");
		assertThat(sources).isNotEmpty();
		// One at a time, as `java bench/X.java` runs them: each is a program of its own.
		for (Path source : sources) {
			Path out = Files.createTempDirectory("bench-classes");
			List<String> arguments = new ArrayList<>(List.of("-d", out.toString(), "-proc:none", "-classpath",
					System.getProperty("java.class.path"), source.toString()));
			java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();

			int exit = compiler.run(null, null, errors, arguments.toArray(String[]::new));

			assertThat(exit).as("javac %s: %s", source, errors.toString(StandardCharsets.UTF_8)).isZero();
		}
	}

	private static List<Path> files(String suffix) throws IOException {
		try (Stream<Path> files = Files.list(BENCH)) {
			return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
		}
	}

	record Result(int exit, String output) {
	}

	private static Result run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", String.join(" ", command)).isTrue();
		return new Result(process.exitValue(), output);
	}

}

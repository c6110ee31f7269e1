package versus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build benchmark's smoke run ({@code bash src/bench/run.sh --smoke}): Versus alone builds the five repository
 * notes once through the packaged jar, and the harness prints its Markdown table. Keeps the harness working without
 * running the benchmark itself in CI.
 */
class BenchSmokeIT {

  static final Path JAR = Path.of("target/versus.jar").toAbsolutePath();
  static final Path RESULTS = Path.of("src/bench/RESULTS.md");
  static final long TIMEOUT_SECONDS = 120;
  // "| 5 | Versus | 1 | 3.21 s | …": the notes, the tool, the builds, then the median wall time.
  static final Pattern VERSUS_ROW = Pattern.compile("(?m)^\\| 5 \\| Versus \\| 1 \\| (\\d+\\.\\d+) s \\|.*\\| (\\d+) \\|\\s*\\|$");

  @TempDir Path work;

  @Test
  void smokeRunBuildsTheRepositoryNotesAndPrintsAVersusRow() throws Exception {
    assertThat(JAR).as("the integration tests run after 'mvn package'").exists();
    Path out = work.resolve("stdout.txt");
    Path err = work.resolve("stderr.txt");
    String resultsBefore = readIfExists(RESULTS);
    Process p = new ProcessBuilder("bash", "src/bench/run.sh", "--smoke")
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    boolean done = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (!done) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String log = stdout + Files.readString(err, StandardCharsets.UTF_8);
    assertThat(done).as("the smoke run finished within %d s; output:%n%s", TIMEOUT_SECONDS, log).isTrue();
    assertThat(p.exitValue()).as("exit status; output:%n%s", log).isZero();

    Matcher row = VERSUS_ROW.matcher(stdout);
    assertThat(row.find()).as("a Markdown table row for Versus in:%n%s", log).isTrue();
    assertThat(Double.parseDouble(row.group(1))).as("median wall time in seconds").isPositive();
    assertThat(Integer.parseInt(row.group(2))).as("HTML files written: at least one page per note").isGreaterThanOrEqualTo(5);
    assertThat(stdout).as("the smoke run has no peers").doesNotContain("Hugo").doesNotContain("MkDocs");
    assertThat(readIfExists(RESULTS)).as("the smoke run leaves RESULTS.md alone").isEqualTo(resultsBefore);
  }

  static String readIfExists(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(no file)";
  }
}

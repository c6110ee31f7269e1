package versus.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus ({@code hostile/inputs/<case>/}, each with an {@code expect.txt} saying what must happen), run
 * through the real command line in a fresh JVM, as a user would: {@code build} and {@code check} must each end with the
 * stated exit code and messages, within 10 seconds and 1 GB, and never print a stack trace.
 */
class HostileInputIT {

  static final Path CORPUS = Path.of("src/test/resources/hostile/inputs");
  static final Path JAR = Path.of("target/versus.jar").toAbsolutePath();
  static final long MAX_MILLIS = 10_000;
  static final long MAX_KB = 1024 * 1024;
  static final List<String> TABLE = new ArrayList<>();

  @TempDir static Path work;

  @BeforeAll
  static void jarIsBuilt() {
    assertThat(JAR).as("the integration tests run after 'mvn package'").exists();
  }

  static Stream<String> cases() throws IOException {
    try (Stream<Path> list = Files.list(CORPUS)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void eachCaseEndsAsItsSidecarSays(String name) throws Exception {
    Expect expect = Expect.read(CORPUS.resolve(name).resolve("expect.txt"));
    Path dir = work.resolve(name);
    versus.testing.Trees.copy(CORPUS.resolve(name).resolve("content"), dir.resolve("content"));
    boolean unprivileged = false;
    for (String recipe : expect.generate) {
      unprivileged |= Recipes.apply(recipe, dir);
    }
    for (String command : List.of("build", "check")) {
      Run run = Run.of(dir, command, unprivileged);
      String out = run.stderr + run.stdout;
      int wanted = command.equals("build") ? expect.buildExit : expect.checkExit;
      List<String> messages = command.equals("build") ? expect.buildStderr : expect.checkStderr;
      assertThat(run.exit).as("%s %s exit code; output:%n%s", name, command, out).isEqualTo(wanted);
      for (String m : messages) {
        assertThat(out).as("%s %s output", name, command).contains(m);
      }
      assertThat(out).as("%s %s: no stack trace", name, command)
          .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Error:");
      assertThat(run.millis).as("%s %s milliseconds", name, command).isLessThanOrEqualTo(MAX_MILLIS);
      assertThat(run.peakKb).as("%s %s peak memory (KB)", name, command).isLessThanOrEqualTo(MAX_KB);
      String first = out.lines().filter(l -> l.contains("error") || l.contains("warning")).findFirst().orElse("");
      TABLE.add(String.format(Locale.ROOT, "| %s | %s | %d | %.1f s | %d MB | %s |", name, command, run.exit,
          run.millis / 1000.0, run.peakKb / 1024, first.replace("|", "\\|")));
    }
    if (expect.buildExit == 0) {
      for (String[] page : expect.pages) {
        assertThat(dir.resolve("site").resolve(page[0])).content(StandardCharsets.UTF_8).contains(page[1]);
      }
    } else {
      assertThat(dir.resolve("site")).as("a failed build writes nothing").doesNotExist();
    }
  }

  @AfterAll
  static void printOutcomes() {
    System.out.println("| case | command | exit | time | peak RSS | first message |");
    System.out.println("|---|---|---|---|---|---|");
    TABLE.forEach(System.out::println);
  }

  /** What must happen, from a case's {@code expect.txt}. */
  record Expect(
      int buildExit, int checkExit, List<String> buildStderr, List<String> checkStderr, List<String[]> pages,
      List<String> generate) {
    static Expect read(Path file) throws IOException {
      int build = 0;
      int check = 0;
      List<String> bs = new ArrayList<>();
      List<String> cs = new ArrayList<>();
      List<String[]> pages = new ArrayList<>();
      List<String> gen = new ArrayList<>();
      for (String line : Files.readAllLines(file)) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String key = line.substring(0, line.indexOf(':'));
        String value = line.substring(line.indexOf(':') + 1).strip();
        switch (key) {
          case "build" -> build = Integer.parseInt(value);
          case "check" -> check = Integer.parseInt(value);
          case "build-stderr" -> bs.add(value);
          case "check-stderr" -> cs.add(value);
          case "page" -> pages.add(value.split(" contains ", 2));
          case "generate" -> gen.add(value);
          default -> throw new IllegalArgumentException(file + ": unknown key " + key);
        }
      }
      return new Expect(build, check, bs, cs, pages, gen);
    }
  }

  /** One run of the command line, timed, with its peak memory from GNU time. */
  record Run(int exit, String stdout, String stderr, long millis, long peakKb) {
    static Run of(Path dir, String command, boolean unprivileged) throws Exception {
      Path rss = Files.createTempFile(work, "rss", ".txt");
      List<String> cmd = new ArrayList<>();
      Path jar = JAR;
      if (unprivileged) {
        // The checkout may sit in a folder only root can enter (a clone under mktemp -d, say): give nobody a copy.
        jar = work.resolve("versus-for-nobody.jar");
        if (!Files.exists(jar)) {
          Files.copy(JAR, jar);
          Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
        }
        cmd.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"));
        Files.setPosixFilePermissions(rss, PosixFilePermissions.fromString("rw-rw-rw-"));
      }
      cmd.addAll(List.of("/usr/bin/time", "-f", "%M", "-o", rss.toString(), "java", "-Xmx1g", "-Xss8m", "-jar",
          jar.toString(), command, "--source", dir.toString()));
      ProcessBuilder pb = new ProcessBuilder(cmd);
      Path out = Files.createTempFile(work, "out", ".txt");
      Path err = Files.createTempFile(work, "err", ".txt");
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      long start = System.nanoTime();
      Process p = pb.start();
      boolean done = p.waitFor(60, TimeUnit.SECONDS);
      long millis = (System.nanoTime() - start) / 1_000_000;
      if (!done) {
        p.destroyForcibly();
        return new Run(-1, "", "timed out", millis, 0);
      }
      String kb = Files.readString(rss).strip();
      long peak = kb.isEmpty() ? 0 : Long.parseLong(kb.substring(kb.lastIndexOf('\n') + 1).strip());
      return new Run(p.exitValue(), Files.readString(out), Files.readString(err), millis, peak);
    }
  }
}
